"""Tables for the whole data model (DESIGN §2), SQLAlchemy Core. One MetaData for SQLite and PostgreSQL.

Extracted facts (mention, relation, event, claim, evidence) are written once per document and never
rewritten by resolution: resolution only sets `mention.entity_id` and records `judgement` rows, so it can
be undone and redone. Contradictions and flags are derived and recomputed by the analyse stage.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON, Boolean, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text,
    UniqueConstraint,
)

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)

ID = String(64)  # sha256 hex, or a shorter stable key

collection = Table(
    "collection", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("private", Boolean, nullable=False, default=True),
    Column("created_at", String(32)),
)

document = Table(
    "document", metadata,
    Column("id", ID, primary_key=True),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("outlet", Text),
    Column("published", String(10)),
    Column("language", String(8), nullable=False),
    Column("mimetype", String(100)),
    Column("keywords", JSON),
    Column("pages", JSON),
    Column("text", Text, nullable=False),
    Column("fetched_at", String(32)),
    Column("near_duplicate_of", ID, ForeignKey("document.id")),
    Column("near_duplicate_score", Float),
    Column("minhash", JSON),  # MinHash signature, for near-duplicate look-ups of later documents
    Column("collection_id", Integer, ForeignKey("collection.id")),
    Column("extracted_with", String(100)),  # pipeline version that produced its facts
)

entity = Table(
    "entity", metadata,
    Column("id", ID, primary_key=True),
    Column("type", String(20), nullable=False),
    Column("name", Text, nullable=False),
    Column("country", String(2)),
    Column("categories", JSON),
    Column("protected", Boolean, nullable=False, default=False),
    Column("created_at", String(32)),
)

mention = Table(
    "mention", metadata,
    Column("id", String(100), primary_key=True),
    Column("doc_id", ID, ForeignKey("document.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(20), nullable=False),
    Column("cluster", String(100)),
    Column("country", String(2)),
    Column("categories", JSON),
    Column("source", String(20)),
    Column("entity_id", ID, ForeignKey("entity.id", ondelete="SET NULL")),
    Column("edition", String(10)),  # migration 0003: the year of a recurring event's occurrence
    Index("ix_mention_doc", "doc_id"),
    Index("ix_mention_entity", "entity_id"),
)

date_mention = Table(
    "date_mention", metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", ID, ForeignKey("document.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", String(32), nullable=False),
    Column("precision", String(10), nullable=False),
    Index("ix_date_mention_doc", "doc_id"),
)

relation = Table(
    "relation", metadata,
    Column("id", ID, primary_key=True),
    Column("doc_id", ID, ForeignKey("document.id", ondelete="CASCADE"), nullable=False),
    Column("subject", String(100), ForeignKey("mention.id"), nullable=False),
    Column("predicate", String(40), nullable=False),
    Column("object", String(100), ForeignKey("mention.id"), nullable=False),
    Column("product", String(100), ForeignKey("mention.id")),
    Column("role", Text),
    Column("date", String(32)),
    Column("precision", String(10)),
    Column("confidence", Float, nullable=False),
    Column("extractor", String(60), nullable=False),
    Index("ix_relation_doc", "doc_id"),
)

event = Table(
    "event", metadata,
    Column("id", ID, primary_key=True),
    Column("doc_id", ID, ForeignKey("document.id", ondelete="CASCADE"), nullable=False),
    Column("date", String(32), nullable=False),
    Column("precision", String(10), nullable=False),
    Column("description", Text, nullable=False),
    Index("ix_event_doc", "doc_id"),
)

event_participant = Table(
    "event_participant", metadata,
    Column("event_id", ID, ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("mention_id", String(100), ForeignKey("mention.id", ondelete="CASCADE"), primary_key=True),
)

claim = Table(
    "claim", metadata,
    Column("id", ID, primary_key=True),
    Column("doc_id", ID, ForeignKey("document.id", ondelete="CASCADE"), nullable=False),
    Column("speaker", String(100), ForeignKey("mention.id")),
    Column("stance", String(10), nullable=False),
    Column("proposition", Text, nullable=False),
    Column("predicate", String(40)),
    Column("date", String(32)),
    Index("ix_claim_doc", "doc_id"),
)

claim_about = Table(
    "claim_about", metadata,
    Column("claim_id", ID, ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True),
    Column("mention_id", String(100), ForeignKey("mention.id", ondelete="CASCADE"), primary_key=True),
)

evidence = Table(
    "evidence", metadata,
    Column("id", Integer, primary_key=True),
    Column("owner_kind", String(20), nullable=False),  # relation | event | claim | flag
    Column("owner_id", ID, nullable=False),
    Column("doc_id", ID, ForeignKey("document.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("quote", Text, nullable=False),
    Index("ix_evidence_owner", "owner_kind", "owner_id"),
)

judgement = Table(
    "judgement", metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(20), nullable=False),  # merge | split | reject | protect | unprotect | no-merge
    Column("entity_a", ID),
    Column("entity_b", ID),
    Column("name", Text),  # alias concerned (split), or fact id (reject)
    Column("value", JSON),
    Column("author", String(200), nullable=False),
    Column("created_at", String(32), nullable=False),
)

contradiction = Table(
    "contradiction", metadata,
    Column("id", ID, primary_key=True),
    Column("a_kind", String(20), nullable=False),  # claim | relation
    Column("a_id", ID, nullable=False),
    Column("b_kind", String(20), nullable=False),
    Column("b_id", ID, nullable=False),
    Column("proposition", Text),
    Column("why", Text, nullable=False),
)

flag = Table(
    "flag", metadata,
    Column("id", ID, primary_key=True),
    Column("rule", String(200), nullable=False),
    Column("status", String(10), nullable=False),  # breach | possible
    Column("supplier", ID, ForeignKey("entity.id", ondelete="CASCADE")),
    Column("destination", ID, ForeignKey("entity.id", ondelete="CASCADE")),
    Column("item", Text),
    Column("transfer_date", String(32)),
    Column("relation_id", ID),
    Column("why", Text, nullable=False),
    # added by screening: the rule's reference and source, the date's precision, the targeted state
    # (ISO2) and the supplier's name (for unresolved suppliers, whose entity id is null)
    Column("legal_ref", Text),
    Column("source_url", Text),
    Column("precision", String(10)),
    Column("destination_country", String(2)),
    Column("supplier_name", Text),
)

user = Table(
    "user_account", metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(200), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),
    Column("role", String(10), nullable=False),  # reader | editor | admin
    Column("created_at", String(32)),
)

collection_access = Table(
    "collection_access", metadata,
    Column("collection_id", Integer, ForeignKey("collection.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", Integer, ForeignKey("user_account.id", ondelete="CASCADE"), primary_key=True),
)

api_token = Table(
    "api_token", metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", Integer, ForeignKey("user_account.id", ondelete="CASCADE"), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("name", String(200)),
    Column("created_at", String(32)),
    UniqueConstraint("user_id", "name"),
)

# migration 0002: the instance secret that enquete.privacy generates once and keeps with the data (web
# sessions, pseudonyms). Never exported.
instance_secret = Table(
    "instance_secret", metadata,
    Column("name", String(40), primary_key=True),
    Column("value", String(128), nullable=False),
)
