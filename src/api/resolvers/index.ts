/** The resolver map: one file per root field or type, assembled here. */
import { connectionTypes } from '../paging';
import { PartialDate, StateCode } from '../scalars';
import { mergePeople, moveFact, splitPerson } from './mutation/corrections';
import { ingestArticle } from './mutation/ingest-article';
import { ingestArticles } from './mutation/ingest-articles';
import { removeArticle } from './mutation/remove-article';
import { Bilateral, bilateral } from './query/bilateral';
import { corrections } from './query/corrections';
import { events } from './query/events';
import { invitations } from './query/invitations';
import { lookups } from './query/lookups';
import { neighbourhood } from './query/neighbourhood';
import { paths } from './query/paths';
import { people } from './query/people';
import { search } from './query/search';
import { statements } from './query/statements';
import { states } from './query/states';
import { visits } from './query/visits';
import { Article } from './types/article';
import { Actor, Entity } from './types/entity';
import { Event } from './types/event';
import { enums, Fact, Invitation, Report, Statement, Visit } from './types/fact';
import { Person } from './types/person';
import { State } from './types/state';

export const resolvers = {
  PartialDate,
  StateCode,
  Query: {
    ...lookups,
    search,
    states,
    people,
    events,
    invitations,
    visits,
    statements,
    bilateral,
    paths,
    neighbourhood,
    corrections,
  },
  Mutation: { ingestArticle, ingestArticles, removeArticle, mergePeople, splitPerson, moveFact },
  Bilateral,
  ...connectionTypes,
  Actor,
  Entity,
  State,
  Person,
  Event,
  Article,
  Fact,
  Invitation,
  Visit,
  Statement,
  Report,
  ...enums,
};
