use super::{found, Result};
use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Client {
    pub id: String,
    pub name: String,
    pub created_at: Timestamp,
}

/// A client as the caseload lists them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClientSummary {
    pub client: Client,
    pub documents: usize,
}

fn row_to_client(row: &Row) -> rusqlite::Result<Client> {
    Ok(Client {
        id: row.get("id")?,
        name: row.get("name")?,
        created_at: super::documents::timestamp(row, "created_at")?,
    })
}

pub fn insert_client(conn: &Connection, client: &Client) -> Result<()> {
    conn.execute(
        "INSERT INTO clients (id, name, created_at) VALUES (?1, ?2, ?3)",
        params![client.id, client.name, client.created_at.to_string()],
    )?;
    Ok(())
}

pub fn get_client(conn: &Connection, id: &str) -> Result<Client> {
    let client = conn
        .query_row("SELECT * FROM clients WHERE id = ?1", [id], row_to_client)
        .optional()?;
    found(client, "client", id)
}

/// Every client, by name, with how many documents each has.
pub fn list_clients(conn: &Connection) -> Result<Vec<ClientSummary>> {
    let mut stmt = conn.prepare(
        "SELECT c.*, (SELECT count(*) FROM documents d WHERE d.client_id = c.id) AS documents
         FROM clients c ORDER BY c.name COLLATE NOCASE, c.id",
    )?;
    let rows = stmt.query_map([], |row| {
        Ok(ClientSummary {
            client: row_to_client(row)?,
            documents: row.get::<_, i64>("documents")? as usize,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
