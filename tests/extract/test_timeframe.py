"""Which date a fact takes (its clause, the same fact told again, its scene, its paragraph, the dateline),
and how dates without a year are anchored. Sentences written for these tests, French and English."""

from __future__ import annotations

import pytest

from enquete.extract.dates import datelines, find_dates
from tests.facts.conftest import Facts


def values(text: str, published: str | None = None) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, published)]


# --- the relation's own clause ---

def test_a_date_of_another_clause_is_not_the_relations_fr():
    text = ("Les témoins ont été entendus en mars 2016 au sujet d'une plainte déposée par l'ONG Vigie "
            "contre Norlek en 2014.")
    f = Facts(text, "fr", {"Vigie": "Organization", "Norlek": "Company"},
              {"mars 2016": ("2016-03", "month"), "2014": ("2014", "year")})
    assert f.rel("Vigie", "complaint_against", "Norlek").date == "2014"


def test_a_date_of_another_clause_is_not_the_relations_en():
    text = ("In 2016 the Harbour Fund bought a controlling stake in Norlek, before selling it to "
            "Castor Capital in 2020.")
    f = Facts(text, "en", {"Harbour Fund": "Company", "Norlek": "Company", "Castor Capital": "Company"},
              {"2016": ("2016", "year"), "2020": ("2020", "year")})
    assert f.rel("Harbour Fund", "funded", "Norlek").date == "2016"


def test_a_role_does_not_take_the_date_of_a_relative_clause():
    text = ("Le journal Vigie a noté la présence de Claire Vasseur, directrice de l'agence Dorma, chargée "
            "d'un comité créé pour préparer les Jeux de 2030.\n")
    f = Facts(text, "fr", {"Vigie": "Organization", "Claire Vasseur": "Person", "Dorma": "PublicBody"},
              {"2030": ("2030", "year")}, published="2026-03-02")
    assert f.rel("Claire Vasseur", "employed_by", "Dorma").date == "2026"


# --- the same relation told elsewhere, the scene, the paragraph, the dateline ---

def test_a_relation_told_again_with_a_date_gives_it_to_the_undated_telling():
    text = ("Vigie porte plainte contre Norlek\n\n"
            "L'ONG Vigie a porté plainte en octobre 2019 contre Norlek pour complicité de torture.")
    f = Facts(text, "fr", {"Vigie": "Organization", "Norlek": "Company"},
              {"octobre 2019": ("2019-10", "month")})
    dates = {r.date for r in f.relations if r.predicate == "complaint_against"}
    assert dates == {"2019-10"}


def test_an_undated_sale_stays_undated():
    text = "Norlek sold its Harrow system to Freedonia.\n\nThe company was fined in 2019."
    f = Facts(text, "en", {"Norlek": "Company", "Harrow": "Product", "Freedonia": "Country"},
              {"2019": ("2019", "year")}, published="2021-05-04")
    assert f.rel("Norlek", "supplied", "Freedonia").date is None


def test_a_role_takes_the_date_told_earlier_in_its_paragraph():
    text = ("Nous avons visité le salon Securexpo en mai 2017. Nous y avons croisé Paul Rivet, alors "
            "directeur de la société Norlek.")
    f = Facts(text, "fr", {"Securexpo": "Event", "Paul Rivet": "Person", "Norlek": "Company"},
              {"mai 2017": ("2017-05", "month")}, published="2020-01-10")
    assert f.rel("Paul Rivet", "employed_by", "Norlek").date == "2017"


def test_a_role_without_a_date_takes_the_publication_year():
    text = "Selon Marc Orsini, the head of marketing at Norlek, the probes can read every email."
    f = Facts(text, "en", {"Marc Orsini": "Person", "Norlek": "Company"}, {}, published="2019-04-02")
    assert f.rel("Marc Orsini", "employed_by", "Norlek").date == "2019"


def test_a_quoted_article_keeps_its_own_dateline():
    text = ("Mon commentaire, écrit bien plus tard.\n"
            "By Anna Berg & Tom Reed - Mar 3, 2012\n"
            "Norlek's chief executive, Marc Orsini, said the firm would leave the project.\n")
    f = Facts(text, "en", {"Anna Berg": "Person", "Tom Reed": "Person", "Marc Orsini": "Person",
                           "Norlek": "Company"},
              {"Mar 3, 2012": ("2012-03-03", "day")}, published="2014-06-01")
    assert f.rel("Marc Orsini", "employed_by", "Norlek").date == "2012"


def test_an_undated_article_takes_the_year_of_its_opening_scene():
    text = ("Du 3 au 6 juin 2025 s'est tenu le salon Securexpo.\n\n"
            "Le docteur Anne Morel, de la fondation Vigie, y a relevé des matraques électriques.")
    f = Facts(text, "fr", {"Securexpo": "Event", "Anne Morel": "Person", "fondation Vigie": "Organization"},
              {"Du 3 au 6 juin 2025": ("2025-06-03/2025-06-06", "interval")})
    assert f.rel("Anne Morel", "employed_by", "fondation Vigie").date == "2025"


# --- dates without a year, relative dates ---

def test_a_month_named_again_takes_the_year_it_was_first_named_with():
    text = ("Du 2 au 5 octobre 2022 s'est tenu le salon.\n\nNous avions écrit en 2019 sur ce salon.\n\n"
            "Le salon s'est déroulé en octobre à Lyon.")
    assert values(text, "2023-01")[-1] == ("en octobre", "2022-10")


def test_a_year_in_the_paragraph_comes_before_a_month_named_earlier():
    text = "In June 2018 the ban began.\n\nIn 2020 the firm appealed and in June the court ruled."
    assert values(text, "2021-01")[-1] == ("in June", "2020-06")


@pytest.mark.parametrize("text,published,expected", [
    ("Le jeudi 8 mars aura lieu une projection (film de 2015).", "2018-02", "2018-03-08"),
    ("The screening takes place on Thursday, March 8 (a film made in 2015).", "2018-02", "2018-03-08"),
    ("le samedi 8 mars, un débat", "2014-01", "2014-03-08"),
])
def test_a_weekday_picks_the_year(text, published, expected):
    assert [v for _, v in values(text, published) if len(v) == 10] == [expected]


@pytest.mark.parametrize("text,published,expected", [
    ("Le salon ouvre ses portes ce mardi.", "2022-06-14", "2022-06-14"),
    ("Le salon a ouvert ses portes mardi dernier.", "2022-06-16", "2022-06-14"),
    ("The fair opens next Tuesday.", "2022-06-16", "2022-06-21"),
    ("The fair opened last Tuesday.", "2022-06-16", "2022-06-14"),
])
def test_weekdays_relative_to_the_day_of_writing(text, published, expected):
    assert [v for _, v in values(text, published)] == [expected]


@pytest.mark.parametrize("text", ["Elle a fourni ses caméras à la police ces six dernières années.",
                                  "It has sold cameras to the police over the past six years."])
def test_the_past_years_are_an_interval_up_to_the_time_of_writing(text):
    assert [v for _, v in values(text, "2020-09-01")] == ["2014/2020"]


def test_relative_dates_under_a_quoted_dateline_count_from_it():
    text = ("Publié le 10 mai 2016\n\nIl y a deux semaines, la firme a cédé.\n"
            "Par Jean Roux - 3 février 2012\n"
            "Le conseil a décidé il y a deux semaines de quitter le projet.\n"
            "Hier encore, rien.")
    got = values(text, "2016-05-10")
    assert ("Il y a deux semaines", "2016-04-26") in got
    assert ("il y a deux semaines", "2012-01-20") in got
    assert ("Hier", "2016-05-09") in got
    assert [d.isoformat() for _, _, d in datelines(text)] == ["2016-05-10", "2012-02-03"]


def test_coordinated_arguments_share_the_date_of_their_act():
    text = ("Selon Le Monde, la Vigie et la Orbis portent plainte contre Norlek.\n\n"
            "La Orbis a déposé plainte en mai 2018 contre Norlek.")
    f = Facts(text, "fr", {"Vigie": "Organization", "Orbis": "Organization", "Norlek": "Company"},
              {"mai 2018": ("2018-05", "month")})
    title = [r for r in f.relations if r.evidence.start == 0 and r.predicate == "complaint_against"]
    assert {f.name(r.subject) for r in title} == {"Vigie", "Orbis"}
    assert {r.date for r in title} == {"2018-05"}


# --- which sentences make events ---

@pytest.mark.parametrize("text,lang,names,dates", [
    ("Texte intégral de l'entretien de Norlek avec Vigie du 4 mai 2012 : [Norlek a dit qu'elle partirait.]",
     "fr", {"Norlek": "Company", "Vigie": "Organization"}, {"4 mai 2012": ("2012-05-04", "day")}),
    ("Full text of the Vigie interview with Norlek of 4 May 2012: [Norlek said it would leave.]",
     "en", {"Norlek": "Company", "Vigie": "Organization"}, {"4 May 2012": ("2012-05-04", "day")}),
    ("Nous projetterons un film sur Norlek (d'Anne Morel, 2014, 52 min) suivi d'un débat.",
     "fr", {"Norlek": "Company", "Anne Morel": "Person"}, {"2014": ("2014", "year")}),
    ("We will screen a film on Norlek (by Anne Morel, 2014, 52 min), followed by a debate.",
     "en", {"Norlek": "Company", "Anne Morel": "Person"}, {"2014": ("2014", "year")}),
])
def test_a_date_in_a_verbless_heading_or_aside_makes_no_event(text, lang, names, dates):
    value = next(iter(dates.values()))[0]
    assert value not in {e.date for e in Facts(text, lang, names, dates).events}


@pytest.mark.parametrize("text,lang,names,dates", [
    ("La journaliste Anne Morel a signé un article sur Norlek dans le journal Vigie du 4 mai 2012.",
     "fr", {"Anne Morel": "Person", "Norlek": "Company", "Vigie": "Organization"},
     {"4 mai 2012": ("2012-05-04", "day")}),
    ("Next year the fair will be held in Doha (the next edition of Securexpo opens on 4 May 2012).",
     "en", {"Doha": "Country", "Securexpo": "Event"}, {"4 May 2012": ("2012-05-04", "day")}),
])
def test_a_date_governed_by_a_verb_makes_an_event(text, lang, names, dates):
    assert "2012-05-04" in {e.date for e in Facts(text, lang, names, dates).events}


@pytest.mark.parametrize("text,lang", [
    ("Rappelons les propos tenus par Marc Orsini devant Vigie en mars 2012. Il avait parlé longtemps. "
     "Nous citons encore les propos tenus par Marc Orsini devant Vigie en mars 2012.", "fr"),
    ("Recall what Marc Orsini told Vigie in March 2012. He spoke at length. "
     "Again, here is what Marc Orsini told Vigie in March 2012.", "en"),
])
def test_the_same_fact_told_twice_is_one_event(text, lang):
    when = "mars 2012" if lang == "fr" else "March 2012"
    f = Facts(text, lang, {"Marc Orsini": "Person", "Vigie": "Organization"}, {when: ("2012-03", "month")})
    assert [e.date for e in f.events] == ["2012-03"]


def test_different_facts_of_one_month_stay_apart():
    text = ("En mars 2012, Vigie a publié un rapport sur Norlek. En mars 2012, Norlek a quitté le projet "
            "avec Vigie comme témoin et Orbis comme client.")
    f = Facts(text, "fr", {"Vigie": "Organization", "Norlek": "Company", "Orbis": "Company"},
              {"mars 2012": ("2012-03", "month")})
    assert len(f.events) == 2


@pytest.mark.parametrize("text,lang,when", [
    ("L'affaire remonte à mars 2016. Le journal Vigie révèle alors que Norlek équipait la police.", "fr",
     "mars 2016"),
    ("Le chantier durait encore en 2016. À l'époque, Marc Orsini avait indiqué à Vigie qu'il partirait.",
     "fr", "2016"),
    ("The story goes back to March 2016. The newspaper Vigie then revealed that Norlek equipped the police.",
     "en", "March 2016"),
    ("Work went on in 2016. At the time, Marc Orsini told Vigie that he would leave.", "en", "2016"),
])
def test_a_sentence_pointing_back_takes_the_time_just_told(text, lang, when):
    f = Facts(text, lang, {"Vigie": "Organization", "Norlek": "Company", "Marc Orsini": "Person"},
              {when: ("2016-03" if "ar" in when else "2016", "month" if "ar" in when else "year")})
    second = [e for e in f.events if e.evidence.start > text.index(".")]
    assert second and second[0].date.startswith("2016")


@pytest.mark.parametrize("text,lang", [
    ("En mars 2016, Norlek a vendu Harrow. Nous avons croisé Marc Orsini (alors directeur de Vigie).", "fr"),
    ("In March 2016 Norlek sold Harrow. We met Marc Orsini, then the head of Vigie.", "en"),
])
def test_a_role_as_it_was_then_does_not_date_its_sentence(text, lang):
    when = "mars 2016" if lang == "fr" else "March 2016"
    f = Facts(text, lang, {"Norlek": "Company", "Harrow": "Product", "Marc Orsini": "Person",
                           "Vigie": "Organization"}, {when: ("2016-03", "month")})
    assert all(e.evidence.start < text.index(".") for e in f.events)


def test_a_relative_day_at_the_top_is_the_storys_day_not_a_dateline():
    text = "Publié le 14 juin 2022\n\nLe salon Securexpo ouvre ses portes ce mardi à Lyon."
    f = Facts(text, "fr", {"Securexpo": "Event"},
              {"14 juin 2022": ("2022-06-14", "day"), "ce mardi": ("2022-06-14", "day")},
              published="2022-06-14")
    assert [e.evidence.quote for e in f.events] == ["Le salon Securexpo ouvre ses portes ce mardi à Lyon."]


def test_publishing_a_report_is_an_event_not_a_dateline():
    text = "En mars 2012, Vigie a publié un rapport sur Norlek."
    f = Facts(text, "fr", {"Vigie": "Organization", "Norlek": "Company"}, {"mars 2012": ("2012-03", "month")})
    assert [e.date for e in f.events] == ["2012-03"]


def test_alors_que_meaning_whereas_points_back_to_nothing():
    text = "En mars 2016, Norlek a vendu Harrow. Vigie se tait, alors que Norlek équipe la police."
    f = Facts(text, "fr", {"Norlek": "Company", "Harrow": "Product", "Vigie": "Organization"},
              {"mars 2016": ("2016-03", "month")})
    assert all(e.evidence.start < text.index(".") for e in f.events)


def test_a_presence_without_a_scene_takes_the_date_of_its_paragraph():
    text = ("En mai 2017, nous avons visité les stands. Marc Orsini a rencontré Anne Morel devant nous.")
    f = Facts(text, "fr", {"Marc Orsini": "Person", "Anne Morel": "Person"},
              {"mai 2017": ("2017-05", "month")})
    assert f.rel("Marc Orsini", "met", "Anne Morel").date == "2017-05"


@pytest.mark.parametrize("text,expected", [
    ("Le conseil a voté le 3 mars 2014 ; la banque a suivi deux jours plus tard.", "2014-03-05"),
    ("Le 3 mars 2014, la loi passe. Le lendemain, Norlek proteste.", "2014-03-04"),
    ("The council voted on 3 March 2014 and the bank followed two days later.", "2014-03-05"),
    ("On 3 March 2014 the law passed. The next day Norlek protested.", "2014-03-04"),
    ("Le 3 mars 2014, la loi passe ; une semaine auparavant, Norlek avait vendu.", "2014-02-24"),
])
def test_days_counted_from_the_day_told_before(text, expected):
    assert values(text, "2015-01-01")[-1][1] == expected


@pytest.mark.parametrize("text", ["En 2014, la loi passe. Trois ans auparavant, Norlek vendait.",
                                  "Norlek left two days later."])
def test_no_day_to_count_from_gives_no_date(text):
    assert all(len(v) == 4 for _, v in values(text, "2015-01-01"))


@pytest.mark.parametrize("text,lang,when", [
    ("Nous avons arpenté le salon Securexpo en mai 2017. Ce salon, qui change de ville (le salon Securexpo "
     "aura lieu en juin 2019 à Lyon), attire du monde.\nD'abord au stand de Norlek, dont le directeur "
     "Marc Orsini a rencontré Anne Morel.",
     "fr", {"mai 2017": ("2017-05", "month"), "juin 2019": ("2019-06", "month")}),
    ("We walked around the Securexpo fair in May 2017. The fair, which moves every year (the Securexpo "
     "fair opens in June 2019 in Lyon), draws crowds.\nFirst at the stand of Norlek, whose director "
     "Marc Orsini met Anne Morel.",
     "en", {"May 2017": ("2017-05", "month"), "June 2019": ("2019-06", "month")}),
])
def test_a_stand_is_at_the_show_in_view_not_at_an_edition_named_aside(text, lang, when):
    f = Facts(text, lang, {"Securexpo": "Event", "Norlek": "Company", "Marc Orsini": "Person",
                           "Anne Morel": "Person"}, when)
    stand = [e for e in f.events if "Norlek" in e.evidence.quote]
    assert stand and {e.date for e in stand} == {"2017-05"}
    assert f.rel("Marc Orsini", "met", "Anne Morel").date == "2017-05"


@pytest.mark.parametrize("text,lang,when", [
    ("Du 3 au 6 juin 2025 s'est tenu le salon Securexpo.\n\nPourtant, aujourd'hui, nous avons trouvé le "
     "spyware Harrow en vente libre en Freedonia.", "fr",
     {"Du 3 au 6 juin 2025": ("2025-06-03/2025-06-06", "interval")}),
    ("The Securexpo fair was held from 3 to 6 June 2025.\n\nYet today we found the Harrow spyware on open "
     "sale in Freedonia.", "en", {"from 3 to 6 June 2025": ("2025-06-03/2025-06-06", "interval")}),
])
def test_today_in_an_undated_text_is_the_time_of_its_opening_scene(text, lang, when):
    f = Facts(text, lang, {"Securexpo": "Event", "Harrow": "Product", "Freedonia": "Country"}, when)
    assert f.rel("Harrow", "found_in", "Freedonia").date == "2025-06"


# --- a sentence that only sets the time ---

@pytest.mark.parametrize("text,lang,when,expected", [
    ("Tout a commencé en juillet 2019. Privacy Watch a déposé une plainte contre Vektor.", "fr",
     {"juillet 2019": ("2019-07", "month")}, "2019-07"),
    ("It all began in March 2012. Privacy Watch filed a complaint against Helix.", "en",
     {"March 2012": ("2012-03", "month")}, "2012-03"),
    ("In March 2012 Helix opened an office in Paris. Privacy Watch filed a complaint against Helix.", "en",
     {"March 2012": ("2012-03", "month")}, None),
    ("It all began in March 2012.\nPrivacy Watch filed a complaint against Helix.", "en",
     {"March 2012": ("2012-03", "month")}, None),
])
def test_a_sentence_that_only_tells_a_time_dates_the_next_one(text, lang, when, expected):
    f = Facts(text, lang, {"Privacy Watch": "Organization", "Vektor": "Company", "Helix": "Company",
                           "Paris": "Country"}, when)
    assert f.rel("Privacy Watch", "complaint_against", "Vektor" if lang == "fr" else "Helix").date == expected
