"""Public bodies named the ways reporting names them: a ministry "of" a state or with a state's genitive, a
guard, a squadron or an agency with a national adjective, a regional or state government, a council of
state, a treasury, an office "of" a field, a prosecutor's office, a court. Each is a PublicBody mention; a
state named after the body ("of Nigeria", "du Togo") stays a mention of its own.
Near misses are no PublicBody: a company whose name ends in a security word, a newspaper, an NGO, a
university, a government named by no state, a state's national government (it stands for the state).

Sentences written for this test, with invented companies."""

from __future__ import annotations

import pytest

from enquete import model

pytestmark = pytest.mark.integration

#: (language, text, the PublicBody mention that must exist, or None; texts that must not be PublicBody)
CASES = [
    ("en", "Ristek Systems sold the platform to the Ministry of Interior of Nigeria in 2016.",
     "Ministry of Interior", ()),
    ("en", "Nigeria's Defence Intelligence Agency bought the interception kit from Ristek Systems.",
     "Defence Intelligence Agency", ()),
    ("en", "Nervala SA shipped rifles to the Saudi National Guard in 2014.", "Saudi National Guard", ()),
    ("en", "The Bolivian Vice-Ministry of Citizen Security installed the cameras in La Paz.",
     "Vice-Ministry of Citizen Security", ()),
    ("en", "Colombia's Mobile Anti-Disturbance Squadron (ESMAD) fired the launcher at protesters.",
     "Mobile Anti-Disturbance Squadron", ()),
    ("en", "The Lagos State Government signed a contract with Ristek Systems.", "Lagos State Government", ()),
    ("en", "The Office of Foreign Assets Control sanctioned Quadrix Labs in 2021.",
     "Office of Foreign Assets Control", ()),
    ("en", "The US Treasury sanctioned Quadrix Labs in 2021.", "US Treasury", ()),
    ("en", "The Belgian Council of State suspended the export licences in 2020.", "Council of State", ()),
    ("en", "The Walloon government granted Nervala SA the export licences.", "Walloon government", ()),
    ("en", "Togo's National Intelligence Agency used the spyware against journalists.",
     "National Intelligence Agency", ()),
    ("en", "The Ministry of Defence of Kenya bought drones from Quadrix Labs.", "Ministry of Defence", ()),
    ("en", "The Colombian National Police bought the launchers from Nervala SA.", "Colombian National Police", ()),
    ("en", "The Federal Prosecutor's Office in Belgium opened an inquiry into Nervala SA.",
     "Federal Prosecutor's Office", ()),
    ("en", "The Constitutional Court of Colombia ruled against the police in 2021.",
     "Constitutional Court", ()),
    ("en", "The Nigerian Army deployed the Ristek Systems kit in the north-east.", "Nigerian Army", ()),
    ("en", "The Kenyan Ministry of Interior awarded Quadrix Labs the contract.", "Ministry of Interior", ()),
    ("en", "The Egyptian Ministry of Defence purchased armoured vehicles from Nervala SA.",
     "Ministry of Defence", ()),
    ("en", "The Ugandan Police Force acquired the cameras from Ristek Systems.", "Ugandan Police Force", ()),
    ("en", "The Delta State Government bought the surveillance system from Ristek Systems.",
     "Delta State Government", ()),
    ("en", "The Flemish government refused the licence for Nervala SA.", "Flemish government", ()),
    ("en", "The Department of Homeland Security contracted Quadrix Labs in 2019.",
     "Department of Homeland Security", ()),
    ("en", "The Moroccan Directorate General for Territorial Surveillance used the spyware.",
     "Directorate General for Territorial Surveillance", ()),
    ("en", "The European Parliament's Committee on Civil Liberties questioned Nervala SA.",
     "Committee on Civil Liberties", ()),
    ("fr", "Nervala SA a livré des fusils à la Garde nationale saoudienne en 2014.",
     "Garde nationale saoudienne", ()),
    ("fr", "Le Conseil d'État belge a suspendu les licences d'exportation de Nervala SA.", "Conseil d'État", ()),
    ("fr", "Le gouvernement wallon a accordé les licences à Nervala SA.", "gouvernement wallon", ()),
    ("fr", "L'Escadron mobile anti-émeutes (Esmad) a utilisé le lanceur contre les manifestants.",
     "Escadron mobile anti-émeutes", ()),
    ("fr", "La police nationale colombienne a acheté les lanceurs à Nervala SA.", "police nationale colombienne", ()),
    ("fr", "Le vice-ministère de la Sécurité citoyenne a installé les caméras à La Paz.",
     "vice-ministère de la Sécurité citoyenne", ()),
    ("fr", "Le Trésor américain a sanctionné Quadrix Labs en 2021.", "Trésor américain", ()),
    ("fr", "Les services de renseignement militaire nigérians ont acheté le système de Ristek Systems.",
     "services de renseignement militaire nigérians", ()),
    ("fr", "La Direction générale de la sécurité extérieure a utilisé le logiciel de Quadrix Labs.",
     "Direction générale de la sécurité extérieure", ()),
    ("fr", "Le parquet fédéral belge a ouvert une enquête sur Nervala SA.", "parquet fédéral belge", ()),
    ("fr", "La Cour constitutionnelle a annulé la licence accordée à Nervala SA.", "Cour constitutionnelle", ()),
    ("fr", "Le ministère de l'Intérieur du Nigeria a acheté la plateforme de Ristek Systems.",
     "ministère de l'Intérieur", ()),
    ("fr", "L'Agence nationale de renseignement du Togo a utilisé le logiciel espion.",
     "Agence nationale de renseignement", ()),
    ("fr", "Le gouvernement de l'État de Lagos a signé un contrat avec Ristek Systems.",
     "gouvernement de l'État de Lagos", ()),
    ("fr", "L'armée nigériane a déployé le matériel de Ristek Systems.", "armée nigériane", ()),
    ("fr", "Le ministère saoudien de la Défense a commandé des blindés à Nervala SA.",
     "ministère saoudien de la Défense", ()),
    ("fr", "La gendarmerie togolaise a acheté des grenades à Nervala SA.", "gendarmerie togolaise", ()),
    ("fr", "Le gouvernement flamand a refusé la licence de Nervala SA.", "gouvernement flamand", ()),
    ("fr", "La commission de la défense de l'Assemblée nationale a entendu Nervala SA.",
     "commission de la défense", ()),
    ("en", "The Republican Guard used the drones made by Quadrix Labs.", "Republican Guard", ()),
    ("en", "The Kenyan National Police Service bought the kit from Ristek Systems.", "National Police Service", ()),
    # near misses
    ("en", "Ristek Security Solutions sold the platform to a bank in Lagos.", None, ("Ristek Security Solutions",)),
    ("en", "The Lagos Tribune reported the contract with Ristek Systems.", None, ("Lagos Tribune",)),
    ("en", "Human Rights Watch documented the use of the launchers in Bogotá.", None, ("Human Rights Watch",)),
    ("en", "The University of Lagos studied the cameras made by Ristek Systems.", None, ("University of Lagos",)),
    ("en", "The government's policy on exports was criticised by Nervala SA.", None, ("government",)),
    ("en", "Amnesty International said the canisters were made by Nervala SA.", None, ("Amnesty International",)),
    ("en", "Nervala Guard Systems makes armoured doors for banks.", None, ("Nervala Guard Systems",)),
    ("en", "The Saudi Gazette reported the sale by Nervala SA.", None, ("Saudi Gazette",)),
    ("en", "Quadrix Labs hired a former treasury official in 2020.", None, ("treasury",)),
    ("en", "The Council of Europe criticised the sale by Nervala SA.", None, ()),
    ("en", "Citizen Lab traced the spyware made by Quadrix Labs to Togo.", None, ("Citizen Lab",)),
    ("en", "Ristek Systems opened an office in Lagos in 2018.", None, ("office",)),
    ("en", "Reporters Without Borders condemned the sale of the spyware by Quadrix Labs.", None,
     ("Reporters Without Borders",)),
    ("fr", "Ristek Sécurité Solutions a vendu la plateforme à une banque de Lagos.", None,
     ("Ristek Sécurité Solutions",)),
    ("fr", "Le journal Le Soir a révélé le contrat de Nervala SA.", None, ("Le Soir",)),
    ("fr", "Amnesty International a documenté l'usage des grenades de Nervala SA.", None,
     ("Amnesty International",)),
    ("fr", "L'Université de Liège a étudié les caméras de Ristek Systems.", None, ("Université de Liège",)),
    ("fr", "La politique du gouvernement en matière d'exportations est critiquée par Nervala SA.", None,
     ("gouvernement",)),
    ("fr", "Nervala Garde Systèmes fabrique des portes blindées pour les banques.", None,
     ("Nervala Garde Systèmes",)),
    ("fr", "La Ligue des droits humains a dénoncé la vente de Nervala SA.", None, ("Ligue des droits humains",)),
    ("fr", "Un escadron de journalistes a suivi le procès de Nervala SA.", None, ("escadron",)),
    ("fr", "Le Trésor de la cathédrale a été vendu par Nervala SA.", None, ("Trésor de la cathédrale",)),
    ("fr", "Quadrix Labs a ouvert un bureau à Lomé en 2018.", None, ("bureau",)),
    ("en", "The Salvation Army bought blankets from Nervala SA.", None, ("Salvation Army",)),
    ("fr", "Le quotidien Le Monde a publié l'enquête sur Quadrix Labs.", None, ("Le Monde",)),
    ("fr", "La Fédération internationale des droits de l'homme a dénoncé Nervala SA.", None, ()),
    # a national government stands for its state, not for a body
    ("en", "The Libyan government bought the interception system from Ristek Systems.", None,
     ("Libyan government",)),
    ("fr", "Le gouvernement français a autorisé la vente de Nervala SA.", None, ("gouvernement français",)),
    ("en", "The Egyptian government denied using the spyware of Quadrix Labs.", None, ("Egyptian government",)),
]


def _extract(lang: str, text: str, pipes):  # type: ignore[no-untyped-def]
    from enquete.extract import extract
    return extract(model.Document(model.sha256(text), "t.txt", text, language=lang), pipes)


def _norm(s: str) -> str:
    return s.casefold().removeprefix("the ").removeprefix("la ").removeprefix("le ").removeprefix("l'")


@pytest.mark.parametrize(("lang", "text", "want", "never"), CASES, ids=[c[1][:50] for c in CASES])
def test_public_body_names(lang: str, text: str, want: str | None, never: tuple, pipes) -> None:  # type: ignore[no-untyped-def]
    x = _extract(lang, text, pipes)
    public = {_norm(m.text) for m in x.mentions if m.type == "PublicBody"}
    if want is not None:
        assert any(_norm(want) in p for p in public), (want, [(m.text, m.type) for m in x.mentions])
    for n in never:
        assert not any(_norm(n) in p for p in public), (n, [(m.text, m.type) for m in x.mentions])
