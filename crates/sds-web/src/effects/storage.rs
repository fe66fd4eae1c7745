//! This browser's storage: local storage for a plan kept on this device,
//! session storage for a session on a shared device. Every call may fail
//! (storage blocked by a setting or policy, or full): failures come back as
//! values, never panics.

use sds_core::app::model::StoredPlan;
use sds_core::plan::Plan;
use sds_core::plan::file::{
    self as plan_file, MAX_BACKUPS, SESSION_KEY, SHARED_DEVICE_KEY, STORAGE_KEY, backup_key,
};
use sds_core::vocabulary::Keeping;
use web_sys::Storage;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StorageFailed;

fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn session_storage() -> Option<Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn read(storage: Option<Storage>, key: &str) -> StoredPlan {
    let Some(storage) = storage else {
        return StoredPlan::Unavailable;
    };
    match storage.get_item(key) {
        Ok(Some(text)) => StoredPlan::Text(text),
        Ok(None) => StoredPlan::Nothing,
        Err(_) => StoredPlan::Unavailable,
    }
}

/// The plan kept on this device.
pub fn read_device() -> StoredPlan {
    read(local_storage(), STORAGE_KEY)
}

/// The plan of a session still open in this tab.
pub fn read_session() -> StoredPlan {
    read(session_storage(), SESSION_KEY)
}

/// Saves the plan where it is being kept; an empty plan is removed rather
/// than kept (a shared device's new session leaves nothing behind).
pub fn save(plan: &Plan, keeping: Keeping) -> Result<(), StorageFailed> {
    let (storage, key) = match keeping {
        Keeping::OnThisDevice => (local_storage(), STORAGE_KEY),
        Keeping::SessionOnly => (session_storage(), SESSION_KEY),
    };
    let storage = storage.ok_or(StorageFailed)?;
    if plan.is_empty() {
        return storage.remove_item(key).map_err(|_| StorageFailed);
    }
    let text = plan_file::to_json(plan).map_err(|_| StorageFailed)?;
    storage.set_item(key, &text).map_err(|_| StorageFailed)
}

/// Keeps saved text that could not be read, so it is never lost: in the
/// first free backup place, never over another backup. Text already kept
/// in one is not kept twice.
pub fn keep_backup(text: &str) -> Result<(), StorageFailed> {
    let storage = local_storage().ok_or(StorageFailed)?;
    for n in 0..MAX_BACKUPS {
        let key = backup_key(n);
        match storage.get_item(&key).map_err(|_| StorageFailed)? {
            Some(kept) if kept == text => return Ok(()),
            Some(_) => continue,
            None => return storage.set_item(&key, text).map_err(|_| StorageFailed),
        }
    }
    Err(StorageFailed)
}

pub fn delete_everything() -> Result<(), StorageFailed> {
    let storage = local_storage().ok_or(StorageFailed)?;
    plan_file::all_keys()
        .iter()
        .try_for_each(|key| storage.remove_item(key).map_err(|_| StorageFailed))
}

/// Wipes a session's plan. Session storage is per tab, so this leaves
/// other tabs and the device's plan alone.
pub fn end_session() -> Result<(), StorageFailed> {
    let storage = session_storage().ok_or(StorageFailed)?;
    storage.remove_item(SESSION_KEY).map_err(|_| StorageFailed)
}

/// Whether this browser is marked as a shared device.
pub fn is_marked_shared() -> bool {
    local_storage()
        .and_then(|storage| storage.get_item(SHARED_DEVICE_KEY).ok().flatten())
        .is_some()
}

/// Marks this browser as a shared device, or forgets the mark.
pub fn mark_shared(shared: bool) -> Result<(), StorageFailed> {
    let storage = local_storage().ok_or(StorageFailed)?;
    if shared {
        storage.set_item(SHARED_DEVICE_KEY, "yes")
    } else {
        storage.remove_item(SHARED_DEVICE_KEY)
    }
    .map_err(|_| StorageFailed)
}
