"""Initial schema: every table of schema.py, written out explicitly, and the full-text search objects.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 08:40:30.979877
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from enquete.store import fts


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('collection',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('private', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_collection')),
    sa.UniqueConstraint('name', name=op.f('uq_collection_name'))
    )
    op.create_table('contradiction',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('a_kind', sa.String(length=20), nullable=False),
    sa.Column('a_id', sa.String(length=64), nullable=False),
    sa.Column('b_kind', sa.String(length=20), nullable=False),
    sa.Column('b_id', sa.String(length=64), nullable=False),
    sa.Column('proposition', sa.Text(), nullable=True),
    sa.Column('why', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contradiction'))
    )
    op.create_table('entity',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('categories', sa.JSON(), nullable=True),
    sa.Column('protected', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entity'))
    )
    op.create_table('judgement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('entity_a', sa.String(length=64), nullable=True),
    sa.Column('entity_b', sa.String(length=64), nullable=True),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('value', sa.JSON(), nullable=True),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_judgement'))
    )
    op.create_table('user_account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=200), nullable=False),
    sa.Column('password_hash', sa.Text(), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_account')),
    sa.UniqueConstraint('username', name=op.f('uq_user_account_username'))
    )
    op.create_table('api_token',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_api_token_user_id_user_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_api_token')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_api_token_token_hash')),
    sa.UniqueConstraint('user_id', 'name', name=op.f('uq_api_token_user_id_name'))
    )
    op.create_table('collection_access',
    sa.Column('collection_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['collection_id'], ['collection.id'], name=op.f('fk_collection_access_collection_id_collection'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_collection_access_user_id_user_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('collection_id', 'user_id', name=op.f('pk_collection_access'))
    )
    op.create_table('document',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('outlet', sa.Text(), nullable=True),
    sa.Column('published', sa.String(length=10), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('mimetype', sa.String(length=100), nullable=True),
    sa.Column('keywords', sa.JSON(), nullable=True),
    sa.Column('pages', sa.JSON(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('fetched_at', sa.String(length=32), nullable=True),
    sa.Column('near_duplicate_of', sa.String(length=64), nullable=True),
    sa.Column('near_duplicate_score', sa.Float(), nullable=True),
    sa.Column('minhash', sa.JSON(), nullable=True),
    sa.Column('collection_id', sa.Integer(), nullable=True),
    sa.Column('extracted_with', sa.String(length=100), nullable=True),
    sa.ForeignKeyConstraint(['collection_id'], ['collection.id'], name=op.f('fk_document_collection_id_collection')),
    sa.ForeignKeyConstraint(['near_duplicate_of'], ['document.id'], name=op.f('fk_document_near_duplicate_of_document')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document'))
    )
    op.create_table('flag',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('rule', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('supplier', sa.String(length=64), nullable=True),
    sa.Column('destination', sa.String(length=64), nullable=True),
    sa.Column('item', sa.Text(), nullable=True),
    sa.Column('transfer_date', sa.String(length=32), nullable=True),
    sa.Column('relation_id', sa.String(length=64), nullable=True),
    sa.Column('why', sa.Text(), nullable=False),
    sa.Column('legal_ref', sa.Text(), nullable=True),
    sa.Column('source_url', sa.Text(), nullable=True),
    sa.Column('precision', sa.String(length=10), nullable=True),
    sa.Column('destination_country', sa.String(length=2), nullable=True),
    sa.Column('supplier_name', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['destination'], ['entity.id'], name=op.f('fk_flag_destination_entity'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['supplier'], ['entity.id'], name=op.f('fk_flag_supplier_entity'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_flag'))
    )
    op.create_table('date_mention',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('doc_id', sa.String(length=64), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('value', sa.String(length=32), nullable=False),
    sa.Column('precision', sa.String(length=10), nullable=False),
    sa.ForeignKeyConstraint(['doc_id'], ['document.id'], name=op.f('fk_date_mention_doc_id_document'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_date_mention'))
    )
    op.create_index('ix_date_mention_doc', 'date_mention', ['doc_id'], unique=False)

    op.create_table('event',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('doc_id', sa.String(length=64), nullable=False),
    sa.Column('date', sa.String(length=32), nullable=False),
    sa.Column('precision', sa.String(length=10), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['doc_id'], ['document.id'], name=op.f('fk_event_doc_id_document'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event'))
    )
    op.create_index('ix_event_doc', 'event', ['doc_id'], unique=False)

    op.create_table('evidence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('owner_kind', sa.String(length=20), nullable=False),
    sa.Column('owner_id', sa.String(length=64), nullable=False),
    sa.Column('doc_id', sa.String(length=64), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('quote', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['doc_id'], ['document.id'], name=op.f('fk_evidence_doc_id_document'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence'))
    )
    op.create_index('ix_evidence_owner', 'evidence', ['owner_kind', 'owner_id'], unique=False)

    op.create_table('mention',
    sa.Column('id', sa.String(length=100), nullable=False),
    sa.Column('doc_id', sa.String(length=64), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('cluster', sa.String(length=100), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('categories', sa.JSON(), nullable=True),
    sa.Column('source', sa.String(length=20), nullable=True),
    sa.Column('entity_id', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['doc_id'], ['document.id'], name=op.f('fk_mention_doc_id_document'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['entity_id'], ['entity.id'], name=op.f('fk_mention_entity_id_entity'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mention'))
    )
    op.create_index('ix_mention_doc', 'mention', ['doc_id'], unique=False)
    op.create_index('ix_mention_entity', 'mention', ['entity_id'], unique=False)

    op.create_table('claim',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('doc_id', sa.String(length=64), nullable=False),
    sa.Column('speaker', sa.String(length=100), nullable=True),
    sa.Column('stance', sa.String(length=10), nullable=False),
    sa.Column('proposition', sa.Text(), nullable=False),
    sa.Column('predicate', sa.String(length=40), nullable=True),
    sa.Column('date', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['doc_id'], ['document.id'], name=op.f('fk_claim_doc_id_document'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['speaker'], ['mention.id'], name=op.f('fk_claim_speaker_mention')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claim'))
    )
    op.create_index('ix_claim_doc', 'claim', ['doc_id'], unique=False)

    op.create_table('event_participant',
    sa.Column('event_id', sa.String(length=64), nullable=False),
    sa.Column('mention_id', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_event_participant_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mention_id'], ['mention.id'], name=op.f('fk_event_participant_mention_id_mention'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'mention_id', name=op.f('pk_event_participant'))
    )
    op.create_table('relation',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('doc_id', sa.String(length=64), nullable=False),
    sa.Column('subject', sa.String(length=100), nullable=False),
    sa.Column('predicate', sa.String(length=40), nullable=False),
    sa.Column('object', sa.String(length=100), nullable=False),
    sa.Column('product', sa.String(length=100), nullable=True),
    sa.Column('role', sa.Text(), nullable=True),
    sa.Column('date', sa.String(length=32), nullable=True),
    sa.Column('precision', sa.String(length=10), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('extractor', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['doc_id'], ['document.id'], name=op.f('fk_relation_doc_id_document'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['object'], ['mention.id'], name=op.f('fk_relation_object_mention')),
    sa.ForeignKeyConstraint(['product'], ['mention.id'], name=op.f('fk_relation_product_mention')),
    sa.ForeignKeyConstraint(['subject'], ['mention.id'], name=op.f('fk_relation_subject_mention')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_relation'))
    )
    op.create_index('ix_relation_doc', 'relation', ['doc_id'], unique=False)

    op.create_table('claim_about',
    sa.Column('claim_id', sa.String(length=64), nullable=False),
    sa.Column('mention_id', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], name=op.f('fk_claim_about_claim_id_claim'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mention_id'], ['mention.id'], name=op.f('fk_claim_about_mention_id_mention'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('claim_id', 'mention_id', name=op.f('pk_claim_about'))
    )
    fts.create_fts(op.get_bind())


def downgrade() -> None:
    fts.drop_fts(op.get_bind())
    op.drop_table('claim_about')
    op.drop_index('ix_relation_doc', table_name='relation')
    op.drop_table('relation')
    op.drop_table('event_participant')
    op.drop_index('ix_claim_doc', table_name='claim')
    op.drop_table('claim')
    op.drop_index('ix_mention_entity', table_name='mention')
    op.drop_index('ix_mention_doc', table_name='mention')
    op.drop_table('mention')
    op.drop_index('ix_evidence_owner', table_name='evidence')
    op.drop_table('evidence')
    op.drop_index('ix_event_doc', table_name='event')
    op.drop_table('event')
    op.drop_index('ix_date_mention_doc', table_name='date_mention')
    op.drop_table('date_mention')
    op.drop_table('flag')
    op.drop_table('document')
    op.drop_table('collection_access')
    op.drop_table('api_token')
    op.drop_table('user_account')
    op.drop_table('judgement')
    op.drop_table('entity')
    op.drop_table('contradiction')
    op.drop_table('collection')
