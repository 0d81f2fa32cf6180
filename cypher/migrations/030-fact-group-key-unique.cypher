// migrations/030-fact-group-key-unique
// One lock node per group of invitations (inviter, invitee) or visits (visitor, destination):
// a write locks it before it reads the group's reports and decides which fact each joins.
CREATE CONSTRAINT fact_group_key_unique IF NOT EXISTS FOR (g:FactGroup) REQUIRE g.key IS UNIQUE
