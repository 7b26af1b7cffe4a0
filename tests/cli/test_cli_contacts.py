"""contact and note commands as a person at a terminal uses them."""

from __future__ import annotations

import json

from tests.conftest import ADMIN, OWNER, STAFF, VIEWER


def test_add_prints_id_alone_then_show_list_search(cli):
    added = cli("contact", "add", "--given", "Zofia", "--family", "Łukasiewicz",
                "--email", "work=zofia@example.pl", "--phone", "+48 22 555 01 01",
                "--organisation", "Sklep Łódź", "--tag", "VIP", "--note", "Prefers e-mail",
                "--source", "trade fair", "--created", "2020-02-01", user=STAFF)
    assert added.code == 0, added.err
    contact_id = added.out.strip()
    assert len(contact_id) == 36 and "\n" not in contact_id
    shown = json.loads(cli("contact", "show", contact_id[:8], "--json", user=STAFF).out)
    assert shown["emails"] == [{"value": "zofia@example.pl", "label": "work"}]
    assert shown["since"] == "2020-02-01" and shown["source"] == "trade fair"
    listed = cli("contact", "list", "--tag", "vip", user=STAFF)
    assert "Zofia Łukasiewicz" in listed.out and "Sklep Łódź" in listed.out
    for query in ("lukas", "sklep", "zofia@example", "+48 22 555"):
        assert "Zofia" in cli("contact", "search", query, user=STAFF).out, query


def test_edit_changes_only_given_options(cli, template_vault):
    edited = cli("contact", "edit", template_vault.contact_id, "--email", "theo@example.de",
                 "--json", user=STAFF)
    data = json.loads(edited.out)
    assert data["changed"] == ["emails"] and data["contact"]["given_name"] == "Theo"
    again = cli("contact", "edit", template_vault.contact_id, "--email", "theo@example.de", user=STAFF)
    assert again.out.strip() == "Nothing changed."


def test_staff_may_not_delete(cli, template_vault):
    denied = cli("contact", "delete", template_vault.contact_id, user=STAFF)
    assert denied.code == 4 and "may not" in denied.err
    assert cli("contact", "show", template_vault.contact_id, user=STAFF).code == 0
    assert cli("contact", "delete", template_vault.contact_id, "--yes", user=ADMIN).code == 0
    assert cli("contact", "show", template_vault.contact_id, user=STAFF).code == 6


def test_note_with_past_date_and_sort_by_last_contact(cli, template_vault):
    other = cli("contact", "add", "--given", "Ada", "--family", "Alpha", user=STAFF).out.strip()
    assert cli("note", "add", template_vault.contact_id, "Called back", "--kind", "call",
               "--at", "2025-06-01", user=STAFF).code == 0
    assert cli("note", "add", other, "Bought bread", "--kind", "purchase", user=STAFF).code == 0
    rows = json.loads(cli("contact", "list", "--sort", "last", "--json", user=OWNER).out)
    assert [r["display_name"] for r in rows] == ["Ada Alpha", "Theo Template"]
    shown = cli("contact", "show", template_vault.contact_id, user=STAFF).out
    assert "1 Jun 2025 12:00  call" in shown  # the day as the reader writes it


def test_bad_input_is_one_clear_line(cli, template_vault):
    cases = [
        (["contact", "add", "--email", "x@y.de"], 2, "name or an organisation"),
        (["contact", "add", "--given", "A", "--created", "01.02.2020"], 2, "YYYY-MM-DD"),
        (["contact", "show", "12345678"], 6, "no contact"),
        (["note", "add", template_vault.contact_id, "x", "--kind", "fax"], 2, "kind of interaction"),
        (["note", "add", template_vault.contact_id, "x", "--at", "2999-01-01"], 2, "future"),
        (["note", "add", template_vault.contact_id, "x", "--at", "0001-01-01"], 2, "between 1900 and 8999"),
        (["request", "open", template_vault.contact_id, "access", "--received", "0001-01-01"], 2, "between 1900"),
        (["retention", "plan", "--as-of", "0001-01-01"], 2, "between 1900 and 8999"),
        (["audit", "list", "--limit", "99999999999999999999"], 2, "from 1 to 10,000,000"),
    ]
    for args, code, text in cases:
        result = cli(*args, user=OWNER)
        assert result.code == code and text in result.err and result.err.count("\n") == 1, args


def test_doubtful_email_is_saved_with_a_note(cli):
    result = cli("contact", "add", "--given", "B", "--email", "not-an-email", user=STAFF)
    assert result.code == 0 and "does not look like an e-mail address" in result.err


def test_empty_list_says_what_to_do(cli, template_vault):
    assert cli("contact", "delete", template_vault.contact_id, "--yes", user=ADMIN).code == 0
    result = cli("contact", "list", user=STAFF)
    assert result.code == 0 and result.out == "" and "crmdesk import FILE" in result.err
    assert "tag 'vip'" in cli("contact", "list", "--tag", "vip", user=STAFF).err


def test_possible_duplicates_are_listed_merged_or_kept_apart(cli, tmp_path):
    cli("setting", "set", "phone_region", "DE", user=OWNER)
    jurgen = cli("contact", "add", "--given", "Jürgen", "--family", "Müller", "--phone", "030 5550199",
                 user=STAFF).out.strip()
    csv = tmp_path / "list.csv"
    csv.write_text("First Name,Last Name,Phone\nJörg,Müller,+49 30 5550199\nAnna,Berg,+49 30 5550111\n",
                   encoding="utf-8")
    imported = cli("import", str(csv), "--map", "First Name=given_name", "--map", "Last Name=family_name",
                   "--map", "Phone=phone", user=STAFF)
    assert imported.code == 0, imported.err
    assert "possible duplicate" in imported.out and "crmdesk contact duplicates" in imported.out
    listed = cli("contact", "duplicates", "--json", user=STAFF)
    (pair,) = json.loads(listed.out)
    assert (pair["earlier_name"], pair["added_name"]) == ("Jürgen Müller", "Jörg Müller")
    human = cli("contact", "duplicates", user=STAFF).out
    assert "Jürgen Müller" in human and "crmdesk contact merge EARLIER_ID ADDED_ID" in human
    apart = cli("contact", "not-duplicates", pair["added_id"], pair["earlier_id"], user=STAFF)
    assert apart.code == 0 and "different people" in apart.out
    assert json.loads(cli("contact", "duplicates", "--json", user=STAFF).out) == []
    again = cli("contact", "not-duplicates", pair["added_id"], pair["earlier_id"], user=STAFF)
    assert again.code == 2 and "not listed" in again.err
    merged = cli("contact", "merge", jurgen, pair["added_id"], "--json", user=STAFF)
    assert merged.code == 0, merged.err
    assert json.loads(merged.out)["contact"]["given_name"] == "Jürgen"
    gone = cli("contact", "show", pair["added_id"], user=STAFF)
    assert gone.code == 6 and "crmdesk contact search" in gone.err  # the CLI's own hint


def test_duplicates_are_looked_for_in_the_whole_vault_and_merged_with_chosen_fields(cli, tmp_path):
    csv = tmp_path / "twice.csv"
    csv.write_text("Name,E-mail,City,Organisation\nAnna Müller,anna@a.example,Berlin,Café Sonne\n"
                   "ANNA MÜLLER,a.m@b.example,berlin,Sonne GmbH\n", encoding="utf-8")
    assert cli("import", str(csv), user=STAFF).code == 0
    assert json.loads(cli("contact", "duplicates", "--json", user=VIEWER).out) == []  # a viewer only reads
    looked = cli("contact", "duplicates", "--json", user=STAFF)
    (pair,) = json.loads(looked.out)
    assert pair["reason"] == "same name and town" and "1 new possible duplicate found" in looked.err
    refused = cli("contact", "merge", pair["earlier_id"], pair["added_id"], "--take", "job_title", user=STAFF)
    assert refused.code == 2 and "invalid choice" not in refused.err and "no job title to take" in refused.err
    assert "Anna" not in refused.err  # no names in error text
    merged = cli("contact", "merge", pair["earlier_id"], pair["added_id"], "--take", "organisation", user=STAFF)
    assert merged.code == 0, merged.err
    shown = json.loads(cli("contact", "show", pair["earlier_id"], "--json", user=STAFF).out)
    assert shown["organisation"] == "Sonne GmbH" and shown["display_name"] == "Anna Müller"
    assert [e["value"] for e in shown["emails"]] == ["anna@a.example", "a.m@b.example"]
    assert cli("contact", "merge", "x", "y", "--take", "notes", user=STAFF).code == 2


def test_labels_web_addresses_and_birthdays_on_the_command_line(cli):
    """LABEL=VALUE as a CSV cell has it: a label may hold spaces, a web address its own "=" and ";"."""
    added = cli("contact", "add", "--given", "Q", "--website", "https://shop.example/item?id=5&x=1",
                "--website", "Shop Online=https://b.example/?q=a=b", "--website", "https://a.example/x;y=1",
                "--phone", "work fax=030 123456", "--birthday", "04-23", user=STAFF)
    assert added.code == 0, added.err
    shown = json.loads(cli("contact", "show", added.out.strip(), "--json", user=STAFF).out)
    assert [(w["value"], w["label"]) for w in shown["websites"]] == [
        ("https://shop.example/item?id=5&x=1", ""), ("https://b.example/?q=a=b", "Shop Online"),
        ("https://a.example/x;y=1", "")]
    assert [(p["value"], p["label"], p["kind"]) for p in shown["phones"]] == [("030 123456", "work", "fax")]
    assert shown["birthday"] == "--04-23"
    assert cli("contact", "edit", added.out.strip(), "--birthday", "", user=STAFF).code == 0  # "" removes it
    assert json.loads(cli("contact", "show", added.out.strip(), "--json", user=STAFF).out)["birthday"] is None


def test_a_person_who_asked_to_be_erased_is_added_again_only_when_they_came_back(cli):
    person = cli("contact", "add", "--given", "Gone", "--email", "gone@example.org", user=STAFF).out.strip()
    assert cli("contact", "delete", person, "--yes", user=ADMIN).code == 0
    refused = cli("contact", "add", "--given", "Back", "--email", "GONE@example.org", user=STAFF)
    assert refused.code == 2 and "asked to be erased" in refused.err and "--returning" in refused.err
    assert refused.err.count("\n") == 1
    back = cli("contact", "add", "--given", "Back", "--email", "GONE@example.org", "--returning", user=STAFF)
    assert back.code == 0, back.err
    erased = cli("contact", "show", person, user=STAFF)
    assert erased.code == 6 and "was erased on" in erased.err
    # Nor does an edit give their address to someone else without saying so.
    other = cli("contact", "add", "--given", "Other", user=STAFF).out.strip()
    edited = cli("contact", "edit", other, "--email", "gone@EXAMPLE.org", user=STAFF)
    assert edited.code == 2 and "--returning" in edited.err
    assert cli("contact", "edit", other, "--email", "gone@example.org", "--returning", user=STAFF).code == 0


def test_a_search_for_punctuation_finds_no_one(cli, template_vault):
    found = cli("contact", "search", '"', "--json", user=STAFF)
    assert found.code == 0 and json.loads(found.out) == []


def test_core_messages_get_the_command_line_hint(cli, template_vault):
    assert cli("restrict", template_vault.contact_id, "on", user=STAFF).code == 0
    refused = cli("note", "add", template_vault.contact_id, "Came in", user=STAFF)
    assert refused.code == 2 and "restricted (Art. 18)" in refused.err
    assert "Lift it with 'crmdesk restrict ID off'." in refused.err and refused.err.count("\n") == 1


def test_a_contacts_language_of_letters_is_set_shown_and_checked(cli, template_vault):
    added = cli("contact", "add", "--given", "Zofia", "--language", "PL", user=STAFF)
    assert added.code == 0, added.err
    contact_id = added.out.strip()
    assert "Letters in      Polish" in cli("contact", "show", contact_id, user=STAFF).out
    assert json.loads(cli("contact", "show", contact_id, "--json", user=STAFF).out)["language"] == "pl"
    wrong = cli("contact", "edit", contact_id, "--language", "tr", user=STAFF)
    assert wrong.code == 2 and wrong.err.strip() == (
        "crmdesk: 'tr' is not a language crmdesk writes letters in; use one of en, de, fr, it, es, pl, or none for "
        "the shop's.")
    assert cli("contact", "edit", contact_id, "--language", "", user=STAFF).code == 0  # the shop's again
    assert json.loads(cli("contact", "show", contact_id, "--json", user=STAFF).out)["language"] == ""
