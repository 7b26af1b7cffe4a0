"""Several desks, one customer list: a team vault kept in step through PostgreSQL.

The server holds only what desks sealed with the team key (``sealing``) and
gives every write its number in commit order (``server`` and schema.sql).
"""
