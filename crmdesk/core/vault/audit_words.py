"""The audit log in words, for people reading it in their language (no Qt).

An entry stores what happened as a code ("backup.created") and its detail
as key and value pairs; the codes stay what admins search and script by
(the CLI's ``audit`` and every JSON keep them). Here each code crmdesk
writes has a short phrase, and each detail key crmdesk writes a word, both
marked for the catalogue and translated where they are shown. A code or key
from an older or newer crmdesk shows as it was written.
"""

from __future__ import annotations

from crmdesk.core import language
from crmdesk.core.language import N_, NP_, Language

# What happened, by the code of the entry that says so.
ACTIONS = {
    "audit.verified": N_("Audit log checked"),
    "backup.checked": N_("Backup checked"),
    "backup.created": N_("Backup made"),
    "team.alarm_explained": N_("Alarm about a desk's audit log explained"),
    "team.checkpoint": N_("Checkpoint of this desk's audit log sent to the team"),
    "team.desk_removed": N_("Desk removed from the team"),
    "team.invited": N_("Desk invited to the team"),
    "team.joining": N_("Desk began to join a team"),
    "team.key_changed": N_("Desk took the team's new key"),
    "team.key_restored": N_("Team key given back to a server put back from an older copy"),
    "team.key_shared": N_("Users given their copy of the team key"),
    "team.left": N_("Desk left its team"),
    "team.linked": N_("Desk joined a team"),
    "team.put_back": N_("What the team server had lost was given back to it"),
    "team.received": N_("Changes received from the other desks"),
    "team.server_put_back": N_("Team server found put back from an older copy"),
    "team.resealing": N_("Contacts queued to be sealed anew with the team's new key"),
    "team.reviewed": N_("Change from another desk reviewed"),
    "team.sent": N_("Changes sent to the other desks"),
    "backup.pruned": N_("Old backups deleted"),
    "backup.restored": N_("Backup restored"),
    "breach.assessed": N_("Breach assessed"),
    "breach.letters": N_("Letters to the people of a breach prepared"),
    "breach.notified": N_("Breach notified"),
    "breach.reported": N_("Breach reported"),
    "consent.granted": N_("Consent given"),
    "consent.withdrawn": N_("Consent withdrawn"),
    "consent.refused": N_("Consent refused"),
    "consent.recorded": N_("Other lawful basis recorded"),
    "consent.ended": N_("Lawful basis ended"),
    "contact.added": N_("Contact added"),
    "contact.updated": N_("Contact changed"),
    "contact.hold_set": N_("Legal hold set"),
    "contact.hold_lifted": N_("Legal hold lifted"),
    "contact.restricted": N_("Processing restricted"),
    "contact.restriction_lifted": N_("Restriction of processing lifted"),
    "contacts.duplicates_sought": N_("Looked for duplicates"),
    "contacts.exported": N_("Contact list exported"),
    "contacts.imported": N_("Contacts imported"),
    "contacts.merged": N_("Duplicates merged"),
    "contacts.not_duplicates": N_("Marked as different people"),
    "demo.generated": N_("Example contacts made"),
    "health.reported": N_("Status report made"),
    "interaction.added": N_("Interaction logged"),
    "key.rotated": N_("Master key rotated"),
    "keyring.remembered": N_("Key remembered in the system keyring"),
    "login.failed": N_("Failed sign-ins before this one"),
    "notice.published": N_("Privacy notice published"),
    "owner.recovered": N_("Owner's access recovered with the recovery code"),
    "processor.added": N_("Processor added"),
    "processor.changed": N_("Processor changed"),
    "processor.retired": N_("Processor no longer used"),
    "purpose.added": N_("Purpose added"),
    "purpose.changed": N_("Purpose changed"),
    "purpose.retired": N_("Purpose retired"),
    "purpose.text_published": N_("Consent text published"),
    "recovery.confirmed": N_("Recovery code confirmed"),
    "recovery.replaced": N_("New recovery code made"),
    "request.opened": N_("Request registered"),
    "request.verified": N_("Requester's identity verified"),
    "request.in_progress": N_("Request being worked on"),
    "request.fulfilled": N_("Request fulfilled"),
    "request.refused": N_("Request refused"),
    "request.extended": N_("Request's deadline extended"),
    "request.extension_told": N_("Requester told of the extension"),
    "request.no_data": N_("Request answered: no data held"),
    "request.rectified": N_("Data corrected for a request"),
    "request.reply_made": N_("Reply to a request written"),
    "requests.due_dates_moved": N_("Due dates moved to the shop's working days"),
    "retention.policy_changed": N_("Retention policy changed"),
    "retention.run": N_("Retention sweep run"),
    "retention.applied": N_("Retention proposals applied"),
    "retention.proposed": N_("Retention proposals made"),
    "retention.declined": N_("Retention proposals declined"),
    "retention.proposals_dropped": N_("Outdated retention proposals dropped"),
    "schema.migrated": N_("Vault brought up to date"),
    "settings.changed": N_("Setting changed"),
    "subject.collected": N_("Person's data gathered for them"),
    "subject.exported": N_("Person's data exported"),
    "subject.erased": N_("Person erased"),
    "training.confirmed": N_("Briefing confirmed"),
    "training.published": N_("Briefing published"),
    "user.added": N_("User added"),
    "user.disabled": N_("User switched off"),
    "user.language_changed": N_("Window language changed"),
    "user.passphrase_changed": N_("Passphrase changed"),
    "user.totp_enabled": N_("Authenticator app switched on"),
    "user.totp_disabled": N_("Authenticator app switched off"),
    "vault.created": N_("Vault created"),
    "vault.root_created": N_("Vault's root key made"),
    "vault.unlocked": N_("Signed in"),
    "vault.verified": N_("Vault checked"),
}

# The words for the keys of an entry's detail ("reference: R-2026-0001"); in English the key itself, with
# spaces for underscores, as the CLI's `audit` writes it.
CONTEXT = "a detail of an audit log entry"
DETAILS = {
    "action": NP_("a detail of an audit log entry", "action"),
    "added": NP_("a detail of an audit log entry", "added"),
    "applied": NP_("a detail of an audit log entry", "applied"),
    "authority": NP_("a detail of an audit log entry", "authority"),
    "backup_created_at": NP_("a detail of an audit log entry", "backup created at"),
    "basis": NP_("a detail of an audit log entry", "basis"),
    "by": NP_("a detail of an audit log entry", "by"),
    "changed": NP_("a detail of an audit log entry", "changed"),
    "contacts": NP_("a detail of an audit log entry", "contacts"),
    "count": NP_("a detail of an audit log entry", "count"),
    "damaged": NP_("a detail of an audit log entry", "damaged"),
    "declined": NP_("a detail of an audit log entry", "declined"),
    "disabled_again": NP_("a detail of an audit log entry", "disabled again"),
    "dropped": NP_("a detail of an audit log entry", "dropped"),
    "enabled": NP_("a detail of an audit log entry", "enabled"),
    "encrypted": NP_("a detail of an audit log entry", "encrypted"),
    "erased_again": NP_("a detail of an audit log entry", "erased again"),
    "evidence": NP_("a detail of an audit log entry", "evidence"),
    "failed_attempts": NP_("a detail of an audit log entry", "failed attempts"),
    "fields": NP_("a detail of an audit log entry", "fields"),
    "file": NP_("a detail of an audit log entry", "file"),
    "files": NP_("a detail of an audit log entry", "files"),
    "findings": NP_("a detail of an audit log entry", "findings"),
    "format": NP_("a detail of an audit log entry", "format"),
    "found": NP_("a detail of an audit log entry", "found"),
    "from": NP_("a detail of an audit log entry", "from"),
    "grant": NP_("a detail of an audit log entry", "grant"),
    "grants": NP_("a detail of an audit log entry", "grants"),
    "interaction": NP_("a detail of an audit log entry", "interaction"),
    "kept": NP_("a detail of an audit log entry", "kept"),
    "key": NP_("a detail of an audit log entry", "key"),
    "kind": NP_("a detail of an audit log entry", "kind"),
    "language": NP_("a detail of an audit log entry", "language"),
    "late": NP_("a detail of an audit log entry", "late"),
    "merged": NP_("a detail of an audit log entry", "merged"),
    "method": NP_("a detail of an audit log entry", "method"),
    "mode": NP_("a detail of an audit log entry", "mode"),
    "months": NP_("a detail of an audit log entry", "months"),
    "other": NP_("a detail of an audit log entry", "other"),
    "outcome": NP_("a detail of an audit log entry", "outcome"),
    "people": NP_("a detail of an audit log entry", "people"),
    "period": NP_("a detail of an audit log entry", "period"),
    "policy": NP_("a detail of an audit log entry", "policy"),
    "possible_duplicates": NP_("a detail of an audit log entry", "possible duplicates"),
    "problems": NP_("a detail of an audit log entry", "problems"),
    "proposed": NP_("a detail of an audit log entry", "proposed"),
    "purpose": NP_("a detail of an audit log entry", "purpose"),
    "reference": NP_("a detail of an audit log entry", "reference"),
    "region": NP_("a detail of an audit log entry", "region"),
    "removed": NP_("a detail of an audit log entry", "removed"),
    "request": NP_("a detail of an audit log entry", "request"),
    "requests": NP_("a detail of an audit log entry", "requests"),
    "risk": NP_("a detail of an audit log entry", "risk"),
    "role": NP_("a detail of an audit log entry", "role"),
    "searched": NP_("a detail of an audit log entry", "searched"),
    "size": NP_("a detail of an audit log entry", "size"),
    "skipped": NP_("a detail of an audit log entry", "skipped"),
    "slot": NP_("a detail of an audit log entry", "slot"),
    "slots_removed": NP_("a detail of an audit log entry", "slots removed"),
    "stage": NP_("a detail of an audit log entry", "stage"),
    "text_version": NP_("a detail of an audit log entry", "text version"),
    "to": NP_("a detail of an audit log entry", "to"),
    "told": NP_("a detail of an audit log entry", "told"),
    "took": NP_("a detail of an audit log entry", "took"),
    "type": NP_("a detail of an audit log entry", "type"),
    "version": NP_("a detail of an audit log entry", "version"),
    "vault": NP_("a detail of an audit log entry", "vault"),
    "epoch": NP_("a detail of an audit log entry", "epoch"),
    "server_epoch": NP_("a detail of an audit log entry", "server epoch"),
    "waiting": NP_("a detail of an audit log entry", "waiting"),
    "sent": NP_("a detail of an audit log entry", "sent"),
    "received": NP_("a detail of an audit log entry", "received"),
    "held": NP_("a detail of an audit log entry", "held"),
    "conflicts": NP_("a detail of an audit log entry", "conflicts"),
    "desk": NP_("a detail of an audit log entry", "desk"),
    "field": NP_("a detail of an audit log entry", "field"),
    "users": NP_("a detail of an audit log entry", "users"),
    "last_number_seen": NP_("a detail of an audit log entry", "last number seen"),
    "server_number": NP_("a detail of an audit log entry", "server number"),
    "records": NP_("a detail of an audit log entry", "records"),
    "entry": NP_("a detail of an audit log entry", "entry"),
    "alarms": NP_("a detail of an audit log entry", "alarms"),
    "left_team": NP_("a detail of an audit log entry", "left team"),
}
YES, NO = NP_("a detail of an audit log entry", "yes"), NP_("a detail of an audit log entry", "no")


def action_words(code: str, lang: Language | None = None) -> str:
    """What the entry with ``code`` records, in ``lang`` (default: the language messages are shown in);
    a code crmdesk has no words for (an older or newer vault's) as it is. Any thread."""
    words = ACTIONS.get(code)
    if words is None:
        return code
    return (lang or language.active()).gettext(words)


def detail_words(detail: dict, lang: Language | None = None) -> str:
    """An entry's detail in ``lang``'s words ("reference: R-2026-0001; people: 3"): the keys crmdesk writes
    translated, values as they were written (ids, references, field and policy names, also the names
    in a value that counts by name), empty ones left out; in English what the CLI's ``audit`` shows. Any thread."""
    lang = lang or language.active()
    return "; ".join(f"{_key(key, lang)}: {_value(value, lang)}" for key, value in sorted(detail.items())
                     if value not in (None, "", [], {}))


def _key(key: str, lang: Language) -> str:
    words = DETAILS.get(key)
    return lang.pgettext(CONTEXT, words) if words else key.replace("_", " ")


def _value(value, lang: Language) -> str:
    if isinstance(value, bool):
        return lang.pgettext(CONTEXT, YES if value else NO)
    if isinstance(value, list | tuple):
        return ", ".join(_value(item, lang) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{key.replace('_', ' ')} {_value(item, lang)}" for key, item in value.items())
    if isinstance(value, str) and value.isidentifier():
        return value.replace("_", " ")  # a field or policy name: given_name → given name
    return str(value)
