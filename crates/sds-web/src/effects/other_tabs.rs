//! Other tabs and windows with the tool open, and other copies of it on
//! the same page: each says when it has saved the plan, so the others take
//! up the change instead of writing over it. Messages carry no answers:
//! the plan itself is read from this browser's storage.

use gloo::events::EventListener;
use sds_core::plan::file::STORAGE_KEY;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{BroadcastChannel, MessageEvent, StorageEvent};

const CHANNEL: &str = "sds-explorer/plan/v1";
/// Sent by a copy as it opens; the others answer `HERE`.
const HELLO: &str = "hello";
const HERE: &str = "here";
/// Sent after each save.
const SAVED: &str = "saved";

/// This copy's line to the others. Dropping it stops listening.
pub struct OtherTabs {
    channel: BroadcastChannel,
    _listener: EventListener,
    /// Other tabs' writes to storage, heard even where a background tab's
    /// channel is slow: the browser's own `storage` event.
    _storage: Option<EventListener>,
}

impl OtherTabs {
    /// Listens for the others, calling `changed` when one has saved or
    /// opened, and says hello. `None` where the browser has no channel.
    pub fn listen(changed: impl Fn() + Clone + 'static) -> Option<OtherTabs> {
        let channel = BroadcastChannel::new(CHANNEL).ok()?;
        let storage = web_sys::window().map(|window| {
            let changed = changed.clone();
            EventListener::new(&window, "storage", move |event| {
                let ours = event
                    .dyn_ref::<StorageEvent>()
                    .and_then(StorageEvent::key)
                    .is_none_or(|key| key == STORAGE_KEY);
                if ours {
                    changed();
                }
            })
        });
        let answer = channel.clone();
        let listener = EventListener::new(&channel, "message", move |event| {
            let said = event
                .dyn_ref::<MessageEvent>()
                .and_then(|m| m.data().as_string());
            match said.as_deref() {
                Some(HELLO) => {
                    let _ = answer.post_message(&JsValue::from_str(HERE));
                    changed();
                }
                Some(HERE | SAVED) => changed(),
                _ => {}
            }
        });
        let _ = channel.post_message(&JsValue::from_str(HELLO));
        Some(OtherTabs {
            channel,
            _listener: listener,
            _storage: storage,
        })
    }

    /// Tells the others this copy has just saved the plan.
    pub fn say_saved(&self) {
        let _ = self.channel.post_message(&JsValue::from_str(SAVED));
    }
}

impl Drop for OtherTabs {
    fn drop(&mut self) {
        self.channel.close();
    }
}
