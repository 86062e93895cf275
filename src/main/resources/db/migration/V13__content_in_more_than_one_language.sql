-- The archive's content in more than one language. English stays in the columns the seed wrote
-- (the language the archive's editors write in); every other language's text is a row of a
-- *_translation table, keyed by the row it translates and a BCP 47 language tag ('es'), so that a
-- third language is rows, not columns or code. Each translation is the archive's own editorial
-- text, never the source's: quotations keep their own language and get a rendering beside them.
-- Names are not here: a name in another language is an entry_name row with its lang, cited like
-- every name. An entry's headword in a language is one of those names (entry_translation.name).

create table entry_translation (
    entry_id      bigint        not null references entry (id),
    language      varchar(10)   not null,
    name          varchar(200),
    sort_key      varchar(200),
    summary       varchar(600)  not null,
    primary key (entry_id, language)
);

create table statement_translation (
    statement_id  bigint        not null references statement (id),
    language      varchar(10)   not null,
    text          varchar(1200) not null,
    primary key (statement_id, language)
);

create table editorial_note_translation (
    note_id       bigint        not null references editorial_note (id),
    language      varchar(10)   not null,
    text          varchar(2000) not null,
    primary key (note_id, language)
);

create table relation_translation (
    relation_id   bigint        not null references relation (id),
    language      varchar(10)   not null,
    role          varchar(240),
    inverse_role  varchar(240),
    primary key (relation_id, language)
);

create table source_translation (
    source_id     bigint        not null references source (id),
    language      varchar(10)   not null,
    summary       varchar(1000) not null,
    primary key (source_id, language)
);

create table source_note_translation (
    source_note_id bigint       not null references source_note (id),
    language      varchar(10)   not null,
    text          varchar(1200) not null,
    primary key (source_note_id, language)
);

create table source_section_translation (
    section_id    bigint        not null references source_section (id),
    language      varchar(10)   not null,
    heading       varchar(400)  not null,
    primary key (section_id, language)
);

-- The archive's rendering of a quotation in another language, shown beside the verbatim passage.
create table quotation_translation (
    quotation_id  bigint        not null references quotation (id),
    language      varchar(10)   not null,
    text          varchar(800)  not null,
    primary key (quotation_id, language)
);
