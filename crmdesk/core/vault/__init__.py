"""The vault: keys, the encrypted database, users, settings and the audit log.

A vault is a folder ``NAME.crmvault/`` (see ``lifecycle``). This package is
the lowest layer of core: everything else writes through its one gate
(``session.operation``, see ``gate``). The names below are the vault's life
cycle, so callers write ``vault.unlock(...)``.
"""

from crmdesk.core.vault.lifecycle import (
    MIN_PASSPHRASE_LENGTH,
    CreatedVault,
    check_new_passphrase,
    check_user_name,
    create_vault,
    default_vault_path,
    load_keyslots,
    open_with_private_key,
    require_vault,
    unlock,
)
from crmdesk.core.vault.rotation import rotate_master_key

__all__ = [
    "MIN_PASSPHRASE_LENGTH", "CreatedVault", "check_new_passphrase", "check_user_name", "create_vault",
    "default_vault_path", "load_keyslots", "open_with_private_key", "require_vault", "rotate_master_key",
    "unlock",
]
