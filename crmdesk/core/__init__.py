"""The vault, its schema, domain operations, permissions and audit. No Qt."""
