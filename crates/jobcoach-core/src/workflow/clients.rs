//! Clients: adding a person to the caseload and listing them.

use super::{Caseload, Result, WorkflowError};
use crate::store::{self, Client, ClientSummary, HistoryAction};

impl Caseload {
    pub fn add_client(&mut self, name: &str, actor: &str) -> Result<Client> {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return Err(WorkflowError::EmptyName { what: "client" });
        }
        let client = Client {
            id: self.ids.new_id(),
            name,
            created_at: self.clock.now(),
        };
        let entry = self.history(
            actor,
            HistoryAction::ClientAdded,
            Some(&client.id),
            None,
            None,
            client.name.clone(),
        );
        self.store.transaction(|tx| {
            store::insert_client(tx, &client)?;
            store::insert_history(tx, &entry)
        })?;
        Ok(client)
    }

    pub fn clients(&self) -> Result<Vec<ClientSummary>> {
        Ok(store::list_clients(self.store.conn())?)
    }
}
