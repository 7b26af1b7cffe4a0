"""Privacy: purposes and consent, subject requests, erasure, restriction, retention."""
