//! This browser's local storage. Every call may fail (storage blocked by a
//! setting or policy, or full): failures come back as values, never panics.

use sds_core::model::StoredPlan;
use sds_core::plan::Plan;
use sds_core::plan_file::{self, ALL_KEYS, BACKUP_KEY, STORAGE_KEY};
use web_sys::Storage;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StorageFailed;

fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn read() -> StoredPlan {
    let Some(storage) = local_storage() else {
        return StoredPlan::Unavailable;
    };
    match storage.get_item(STORAGE_KEY) {
        Ok(Some(text)) => StoredPlan::Text(text),
        Ok(None) => StoredPlan::Nothing,
        Err(_) => StoredPlan::Unavailable,
    }
}

/// Saves the plan; an empty plan is removed rather than kept.
pub fn save(plan: &Plan) -> Result<(), StorageFailed> {
    let storage = local_storage().ok_or(StorageFailed)?;
    if plan.is_empty() {
        return storage.remove_item(STORAGE_KEY).map_err(|_| StorageFailed);
    }
    let text = plan_file::to_json(plan).map_err(|_| StorageFailed)?;
    storage
        .set_item(STORAGE_KEY, &text)
        .map_err(|_| StorageFailed)
}

/// Keeps saved text that could not be read, so it is never lost.
pub fn keep_backup(text: &str) -> Result<(), StorageFailed> {
    let storage = local_storage().ok_or(StorageFailed)?;
    storage
        .set_item(BACKUP_KEY, text)
        .map_err(|_| StorageFailed)
}

pub fn delete_everything() -> Result<(), StorageFailed> {
    let storage = local_storage().ok_or(StorageFailed)?;
    ALL_KEYS
        .iter()
        .try_for_each(|key| storage.remove_item(key).map_err(|_| StorageFailed))
}
