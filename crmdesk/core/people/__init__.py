"""People: contacts and organisations, their interactions, search as you type."""
