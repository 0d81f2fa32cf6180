// migrations/009-person-surname-key
CREATE INDEX person_surname_key IF NOT EXISTS FOR (p:Person) ON (p.surnameKey)
