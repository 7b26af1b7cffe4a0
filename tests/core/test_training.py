"""Staff training: the briefing is confirmed before customers' data opens, again for a new version and after
the refresher period; on a real vault with a clock the test moves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crmdesk.core import configuration, health
from crmdesk.core.errors import PermissionDenied, UsageError
from crmdesk.core.people import contacts
from crmdesk.core.privacy import breaches
from crmdesk.core.vault import training, users
from tests.conftest import OWNER, STAFF

START = datetime(2027, 3, 1, 10, 0, tzinfo=UTC)


def test_a_new_user_reads_the_briefing_before_customers_data(open_as, open_clocked):
    owner = open_as(OWNER)
    users.add_user(owner, "nina", role="staff", passphrase="nina's long passphrase")
    from crmdesk.core import vault

    nina = vault.unlock(owner.paths.folder, "nina", "nina's long passphrase", clock=owner.clock)
    try:
        assert nina.training_due and not owner.training_due  # the owner writes the rules
        with pytest.raises(PermissionDenied, match="briefing and confirm it first"):
            contacts.list_contacts(nina, limit=5)
        with pytest.raises(PermissionDenied, match="crmdesk training confirm"):
            contacts.add_contact(nina, contacts.ContactInput(given_name="Pat"))
        assert breaches.report(nina, "I saw a list on the bus", nina.clock.now(), encrypted=False).people >= 1
        due = next(f for f in health.today(owner) if f.key == "training.due")
        assert (due.level, due.count, due.page, due.view) == ("attention", 1, "Data protection", "training")
        assert "nina" in due.sentence
        with pytest.raises(UsageError, match="not the briefing in force; read version 1"):
            training.confirm(nina, 7)
        training.confirm(nina, training.current(nina).version)
        assert not nina.training_due and contacts.list_contacts(nina, limit=5).rows
        assert next(f for f in health.today(owner) if f.key == "training.due").level == "good"
        confirmed = owner.conn.execute("SELECT detail FROM audit WHERE action = 'training.confirmed' ORDER BY seq"
                                       " DESC LIMIT 1").fetchone()[0]
        assert '"version":1' in confirmed
    finally:
        nina.close()


def test_a_new_version_and_the_yearly_refresher_ask_again(open_as, open_clocked):
    owner, clock = open_clocked(OWNER, START)
    assert not open_clocked(STAFF, START)[0].training_due  # the test shop's staff confirmed version 1
    with pytest.raises(UsageError, match="a few sentences"):
        training.publish(owner, "Be nice.")
    published = training.publish(owner, training.current(owner).body + "\n8. Never photograph the screen.")
    assert published.version == 2 and published.published_by == OWNER
    staff, _ = open_clocked(STAFF, START)
    assert staff.training_due
    training.confirm(staff, 2)
    assert not open_clocked(STAFF, START)[0].training_due
    configuration.change_setting(owner, "training_refresh_months", 12)
    assert not open_clocked(STAFF, START + timedelta(days=300))[0].training_due
    later, _ = open_clocked(STAFF, START + timedelta(days=370))  # a year after confirming
    assert later.training_due
    standing = {t.name: t for t in training.standing(owner, START + timedelta(days=370))}
    assert standing[STAFF].due and standing[STAFF].version == 2 and not standing[OWNER].due
    with pytest.raises(PermissionDenied):
        training.publish(staff, "x" * 50)
