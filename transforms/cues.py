"""Per-language word lists for attribution: reporting verbs, pronouns, titles, institutions.

Data, not logic: speakers.py and persons.py compile these tables into patterns once. Each
table is a "|"-separated string of lowercase phrases, one language per LanguageCues.
"""

from __future__ import annotations

from dataclasses import dataclass


def _phrases(text: str) -> tuple[str, ...]:
    """Return the "|"-separated phrases of ``text``, stripped, empty ones dropped."""
    return tuple(p.strip() for p in text.split("|") if p.strip())


@dataclass(frozen=True, slots=True)
class LanguageCues:
    """What introduces, continues and qualifies a quotation in one language."""

    verbs: tuple[str, ...]  # reporting verbs and phrases ("a déclaré", "said", "sagte")
    before: tuple[str, ...] = ()  # cues that precede the speaker ("selon", "according to")
    pronouns: tuple[str, ...] = ()  # subject pronouns that make a cue anaphoric
    articles: tuple[str, ...] = ()  # stripped from the start of a role
    titles: tuple[str, ...] = ()  # words that are roles, not names
    institutions: tuple[str, ...] = ()  # nouns that make a non-person speaker
    stop_words: tuple[str, ...] = ()  # capitalised words that never belong to a name
    connectors: tuple[str, ...] = ()  # "of" words inside a role or institution phrase
    auxiliaries: tuple[str, ...] = ()  # verbs that end a noun phrase ("a", "has", "hat")
    impersonal: tuple[str, ...] = ()  # cues with no person behind them ("hieß es", "denildi")
    media: tuple[str, ...] = ()  # nouns before a newspaper's name in quotes ("le quotidien")
    places: tuple[str, ...] = ()  # words that make a capitalised run a place (Black Sea)
    # Nouns of an unnamed source ("a diplomatic source said", "собеседник агентства"): the
    # quotation has no speaker, and no earlier person is meant.
    sources: tuple[str, ...] = ()
    # Phrases saying a source asked not to be named ("speaking on condition of anonymity"):
    # wherever they stand in the sentence, its speaker is nobody named.
    anonymity: tuple[str, ...] = ()
    # The same, as regular expressions, where the words inflect for gender, case or tense
    # ("не пожелавшая представиться", "zastrzegając sobie anonimowość").
    anonymity_forms: tuple[str, ...] = ()
    indefinite: tuple[str, ...] = ()  # "a", "un", "ein": "an official said" names nobody
    # Words that end a role written after the cue and open an adverbial ("said the minister
    # at a news conference", "ha detto la premier al termine ..."): never part of the role.
    adverbials: tuple[str, ...] = ()
    # Short title heads of compounds (Gewerkschafts-chef, Partei-chef): too short for the
    # general compound rule (six letters), safe as word endings in this language.
    short_heads: tuple[str, ...] = ()
    # Who was told, between the cue and the speaker ("заявил журналистам Песков", "a dit
    # à la presse M. X"): neither the speaker nor part of the role.
    listeners: tuple[str, ...] = ()
    # Documents that "say" (the statement said, indique le communiqué): no person speaks; the
    # institution is the one named there or before.
    statements: tuple[str, ...] = ()
    # Nationality and region adjectives, and nouns of regions used as adjectives ("Southeast
    # Asian", "Europäische", "Avrupa"): capitalised, yet never part of a person's name.
    adjectives: tuple[str, ...] = ()
    # Conjunctions that open a second clause with its own subject ("while", "mientras que"):
    # a cue after them belongs to that clause, not to the quotation before them.
    contrasts: tuple[str, ...] = ()
    # Openers of the sentence after a quotation that point back at it ("Об этом заявил X",
    # "Dat zei X", "Bunu ... deyib"): that sentence names who spoke.
    back_references: tuple[str, ...] = ()
    # Prepositions of a review's topic after a paper's name ("Le Figaro sur la visite de X :",
    # "Die Zeitung zur Politik von X:") and verbs that describe one ("„Polityka” opisuje
    # strategię X:"): the name after them is what the paper wrote about.
    topics: tuple[str, ...] = ()
    inflected: bool = False  # titles/institutions are stems that take case endings
    compound: bool = False  # titles end compound words (Außenminister, Regierungssprecher)


def _italian_adverb_forms(participles: str) -> tuple[str, ...]:
    """Return ``ha poi detto``, ``ha anche spiegato``...: an adverb inside the compound verb."""
    adverbs = ("poi", "anche", "inoltre", "quindi", "infine", "ancora", "però")
    return tuple(f"ha {a} {p}" for p in _phrases(participles) for a in adverbs)


def _french_verbs(participles: tuple[str, ...], presents: tuple[str, ...]) -> tuple[str, ...]:
    """Return the compound and inverted forms French reviews use around a quotation."""
    forms: list[str] = []
    for pp in participles:
        forms += [f"a {pp}", f"ont {pp}", f"avait {pp}", f"a encore {pp}", f"a également {pp}"]
        forms += [f"a-t-il {pp}", f"a-t-elle {pp}", f"ont-ils {pp}", f"a-t-il encore {pp}"]
        forms += [f"a pour sa part {pp}", f"a de son côté {pp}", f"a aussi {pp}"]
        forms += [f"a {pp} pour sa part", f"a {pp} de son côté", f"a-t-elle {pp} de son côté"]
        forms += [f"a-t-il {pp} de son côté", f"a-t-elle {pp} pour sa part", f"a-t-on {pp}"]
    for verb in presents:
        forms += [verb, f"{verb}-t-il", f"{verb}-t-elle", f"{verb}-il", f"{verb}-elle"]
    return tuple(forms)


def _french_pronominal(participles: tuple[str, ...]) -> tuple[str, ...]:
    """Return the compound past of pronominal verbs (``s'est félicitée``, ``s'est-il
    inquiété``, ``se sont étonnés``): the participle agrees with its subject."""
    forms: list[str] = []
    for pp in participles:
        forms += [f"s'est {pp}", f"s'est {pp}e", f"s'est-il {pp}", f"s'est-elle {pp}e"]
        forms += [f"se sont {pp}s", f"se sont {pp}es"]
    return tuple(forms)


# "Au ministère, on assure que « ... »": "on" is nobody; the place before may be a body.
# The sayings a French credit says are signed by someone ("la phrase est signée du chef de
# file de l'opposition X"), with the participle's agreement.
FRENCH_SIGNED_SAYINGS = tuple(
    [(noun, "signée") for noun in ("phrase", "formule", "citation", "déclaration", "sortie")]
    + [(noun, "signée") for noun in ("tribune", "lettre", "pique", "petite phrase")]
    + [(noun, "signé") for noun in ("tweet", "message", "propos", "texte", "éditorial")]
    + [(noun, "signé") for noun in ("édito", "post", "communiqué", "vers")]
)
FRENCH_ON = (
    "on assure|on indique|on affirme|on précise|on explique|on souligne|on rappelle|"
    "on estime|on reconnaît|on admet|on confie|on fait savoir|on ajoute|on a assuré|"
    "on a indiqué|on a précisé|on a fait savoir|on a expliqué|on a souligné"
)
FRENCH = LanguageCues(
    topics=_phrases(
        "sur|à propos de|au sujet de|concernant|décrit|analyse|revient sur|se penche sur|"
        "consacre sa une à|consacre sa une au|consacre sa une aux|ouvre sur|fait sa une sur"
    ),
    back_references=_phrases(
        "c'est ce qu'|c’est ce qu’|c'est ce que|c’est ce que|"
        # session 64: "C'est du moins ce qu'affirme X"
        "c'est du moins ce qu'|c’est du moins ce qu’|c'est en tout cas ce qu'|"
        "c’est en tout cas ce qu’"
    ),
    anonymity_forms=(
        r"(?:requis|souhaité|demandé|préféré) (?:garder )?l['’]anonymat",
        r"(?:souhaité|voulu|préféré|tenu à) (?:rester|demeurer) anonyme",
        r"(?:pas|ni) (?:souhaité|voulu) (?:donner|dire|révéler) son nom",
    ),
    anonymity=_phrases(
        "sous couvert d'anonymat|sous le couvert de l'anonymat|ayant requis l'anonymat|"
        "qui a requis l'anonymat|qui a souhaité garder l'anonymat|"
        "qui n'a pas souhaité être nommé|qui a demandé à ne pas être nommé"
    ),
    contrasts=_phrases("alors que|tandis que"),
    verbs=_french_verbs(
        _phrases(
            "rétorqué|déclaré|indiqué|ajouté|souligné|affirmé|dit|estimé|noté|précisé|expliqué|martelé|"
            "réclamé|nuancé|concédé|critiqué|recommandé|suggéré|"  # session 18
            "préconisé|plaidé|"  # session 62
            "assuré|annoncé|rappelé|poursuivi|conclu|répondu|insisté|averti|déploré|fait savoir|"
            "fait valoir|commenté|confié|lancé|répété|reconnu|signalé|observé|relevé|écrit|"
            "dénoncé|prévenu|tweeté|constaté|jugé|considéré|regretté|admis|expliqué aux "
            "journalistes|déclaré aux journalistes|fait remarquer|mis en garde|soutenu|proclamé|"
            "promis|menacé|accusé|démenti|renchéri|répliqué|ironisé|souri|tranché|résumé|plaidé|"
            "confirmé|informé|communiqué|réagi|protesté|argué|encore dit|témoigné|raconté|"
            "qualifié|décrit|demandé|soupiré|glissé|lâché|soufflé|conseillé|plaisanté|"
            "parlé de|réclamé|"  # "a parlé de « ... »": the words are hers (session 28)
            "justifié|"  # session 30: "a justifié le directeur, X"
            "salué|"  # session 31: "a salué « la fin d’une absurdité »", her words
            "attesté|détaillé|fustigé|rassuré|certifié|complété|"  # session 39
            "enchaîné|embrayé"  # session 52: "a-t-il enchaîné"
        ),
        _phrases(
            "déclare|indique|ajoute|souligne|affirme|dit|estime|note|précise|explique|assure|"
            "nuance|tempère|prévient|"
            "annonce|rappelle|poursuit|conclut|insiste|martèle|avertit|observe|relève|écrit|"
            "juge|considère|renchérit|réplique|rétorque|riposte|confirme|tranche|résume|reconnaît|regrette|"
            "dénonce|confie|admet|répond|raconte|déplore|plaide|ironise|avoue|lance|qualifie|"
            "décrit|s'interroge|s'inquiète|s'indigne|s'étonne|se demande|s'alarme|s'insurge|"
            "se félicite|s'emporte|s'agace|s'irrite|se désole|s'offusque|soupire|glisse|lâche|"
            "souffle|interroge|sourit|conseille|recommande|suggère|"  # the last three: session 20
            "plaisante|réclame|"  # session 25; "Il réclame « ... »": his words (session 28)
            "demande|"  # session 29: "X demande à l'État « de défendre ... »", her words
            # session 39: "atteste le préfet", "Elle témoigne ... : « ... »"
            "atteste|constate|témoigne|commente|détaille|fustige|promet|rassure|certifie|"
            "reconnait|complète|enchaîne|embraye|"
            "préconise|met en garde"  # session 62
        ),
    )
    + _french_pronominal(
        _phrases(
            "félicité|inquiété|étonné|indigné|alarmé|emporté|interrogé|insurgé|désolé|réjoui|"
            "agacé|irrité|offusqué|exclamé|défendu|justifié|excusé|expliqué|confié"
        )
    )
    + _phrases(  # session 31: convinced that, as a cue
        "est convaincu|est convaincue|se dit convaincu|se dit convaincue|se montre convaincu|"
        "se montre convaincue|reste convaincu|reste convaincue"
    )
    + _phrases("peut-on lire|lit-on|apprend-on|a-t-on appris")
    # session 61: "« ... » la phrase est signée du chef de file de l'opposition X", a saying's
    # noun before it (a goal, a film or a decree "est signé" too)
    + _phrases(
        "|".join(
            f"{noun} est {signed} {by}"
            for noun, signed in FRENCH_SIGNED_SAYINGS
            for by in ("de", "du", "par")
        )
    )
    + _phrases(FRENCH_ON)
    + _phrases(
        "affirmant|estimant|déclarant|soulignant|assurant|jugeant|expliquant|ajoutant|"
        "rappelant|précisant|avertissant|martelant|insistant|indiquant|dénonçant|promettant"
    ),
    before=_phrases("selon|d'après|pour|aux yeux de|de l'avis de|de l’avis de|d’après"),
    impersonal=_phrases(
        "peut-on lire|lit-on|apprend-on|a-t-on appris|a-t-on indiqué|a-t-on précisé|"
        "a-t-on ajouté|a-t-on souligné|a-t-on déclaré|a-t-on fait savoir|a-t-on assuré|" + FRENCH_ON
    ),
    statements=_phrases(
        "communiqué|déclaration|note|texte|document|"
        "jugement|ordonnance"  # session 30: a court's ruling, its court's words
    ),
    sources=_phrases(
        "sous couvert d'anonymat|requis l'anonymat|source|sources|proche|proches|"
        "interlocuteur|interlocutrice|témoin|manifestant|"
        "manifestante|"
        "habitant|habitante"
    ),
    listeners=_phrases("à la presse|aux journalistes|à la radio|à la télévision|aux médias"),
    indefinite=_phrases("un|une"),
    adverbials=_phrases(
        "lors|après|devant|dans|pendant|à l'issue|au cours|au terme|en marge|depuis|avant|à|au|en|"
        "avec"
    ),
    pronouns=_phrases("il|elle|ils|elles|lui"),
    articles=_phrases("le|la|l'|les|un|une|son|sa|ses|leur|notre|du|des"),
    titles=_phrases(
        "entraîneur|entraîneuse|sélectionneur|sélectionneuse|attaquant|buteur|"  # session 62: sport
        # session 31: owners, prefects and trades the gold gives as roles
        "préfet|préfète|sous-préfet|sous-préfète|gérant|gérante|propriétaire|architecte|gouverneure|"
        "conservateur|conservatrice|hydrologue|géomorphologue|primatologue|volcanologue|glaciologue|géologue|sismologue|"
        # session 24: clergy and archivists
        "évêque|archevêque|prêtre|pasteure|imam|cardinal|archiviste|"
        # professions named as a speaker's title (session 8)
        "administrateur|administratrice|abbé|curé|rabbin|"
        "ingénieur|ingénieure|géologue|biologiste|recteur|rectrice|wali|"
        "fonctionnaire|officiel|officier|militaire|policier|coordinateur|coordinatrice|"
        "rapporteur|rapporteuse|inspecteur|inspectrice|délégué|"
        "déléguée|sous-secrétaire|défenseur|défenseure|commandant|président|présidente|ministre|"
        "premier|première|général|gal|gén|colonel|m|mme|mlle|dr|"
        "pr|me|maître|ambassadeur|ambassadrice|député|députée|sénateur|porte-parole|chef|"
        "cheffe|directeur|directrice|secrétaire|vice-président|vice-première|vice-premier|"
        "représentant|représentante|commissaire|conseiller|conseillère|"
        "colonel-général|lieutenant-général|général-major|amiral|maire|gouverneur|patron|"
        "leader|dirigeant|dirigeante|adjoint|adjointe|vice-ministre|chancelier|chancelière|"
        "émissaire|envoyé|envoyée|médiateur|co-président|coprésident|procureur|juge|prince|roi|"
        "reine|pape|cheikh|émir|opposant|opposante|analyste|expert|politologue|responsable|"
        "diplomate|négociateur|négociatrice|militant|militante|journaliste|chercheur|"
        "chercheuse|économiste|avocat|avocate|juriste|historien|historienne|sociologue|"
        "universitaire|professeur|professeure|spécialiste|candidat|candidate|élu|élue|"
        "haut-commissaire|patronne|présidente|sénatrice|ministre-président|homologue|"
        "bourgmestre|échevin|échevine"  # session 31: Belgian mayors and aldermen
    ),
    institutions=_phrases(
        # session 24: church bodies
        "diocèse|paroisse|archidiocèse|"
        "sommet|"  # session 53: a summit's name is no person's
        "province|région|commune|collectivité|municipalité|conseil régional|syndicat|centre|"
        "fondation|coopérative|pompiers|sapeurs-pompiers|"  # session 24
        "parc naturel|parc national|parc naturel marin|parc naturel régional|"
        "sécurité civile|protection civile|"
        "matignon|palais|commissariat|haut-commissariat|programme|nations|banque|fonds|"
        "organisation|"
        "alliance|"
        "fédération|institut|sénat|banque centrale|ministère|"
        "gouvernement|présidence|service de presse|bureau|agence|parlement|union|"
        "assemblée|commission|ambassade|armée|état-major|mairie|conseil|parquet|tribunal|cour|"
        "parti|comité|administration|compagnie|société|diplomatie|chancellerie|département|"
        "élysée|kremlin|"
        "quai d'orsay|otan|onu|osce|maison blanche|service|services|aiea|direction|inspection|"
        "délégation|mission|secrétariat|police|autorités|commission électorale|armée de l'air|"
        "forces armées|garde-frontières|garde nationale|gendarmerie|autorité|office|institut|"
        "observatoire|caisse|régie|entreprise|groupe|port autonome|préfecture|ministère public|"
        "université|école|académie|hôpital|"
        "chambre d'agriculture|chambre de commerce|chambre des métiers|"  # session 31
        "confédération"  # session 32: "la Confédération hydrographique du Segura"
    ),
    stop_words=_phrases(
        "parce|puisque|quoique|"  # session 62: conjunctions opening a sentence
        "bonjour|bonsoir|"  # session 65: a radio greeting, "Bonjour Patrick COHEN."
        "le|la|les|l|un|une|des|du|de|à|ce|cet|cette|ces|il|elle|ils|elles|on|nous|vous|je|dans|"
        "état|"
        "pour|par|sur|selon|avec|mais|et|ou|en|au|aux|lors|après|avant|depuis|pendant|son|sa|"
        "ses|leur|leurs|quant|ainsi|alors|puis|ensuite|enfin|hier|aujourd'hui|demain|"
        "désormais|toutefois|cependant|pourtant|néanmoins|d'ailleurs|par ailleurs|outre|"
        "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|interrogé|interrogée|évoquant|"
        "commentant|citant|cité|citée|rappelant|soulignant|auparavant|entre-temps|parallèlement|"
        "notamment|également|aussi|car|donc|or|si|comme|tandis|lorsque|quand|dès|vers|chez|"
        "contre|sans|sous|entre|où|qui|que|quoi|dont|chers|cher|madame|monsieur"
    ),
    connectors=_phrases("de|des|du|d'|de la|de l'|pour|chargé de|chargée de|en charge de"),
    auxiliaries=_phrases("a|ont|avait|avaient|est|sont|était|sera|s'est|se|va|vont|qui"),
    media=_phrases(
        "journal|quotidien|hebdomadaire|agence|site|magazine|revue|chaîne|radio|portail|mensuel"
    ),
    adjectives=_phrases(
        "haut|haute|unies|européen|européenne|européens|européennes|africain|africaine|asiatique|"
        "américain|"
        "américaine|arabe|balte|nordique|occidental|occidentale|oriental|orientale|centrale|"
        "international|internationale|fédéral|fédérale|islamique|soviétique|atlantique|"
        "méditerranéen|méditerranéenne|"
        "générale|adjointe|adjoint"  # "directrice générale d’Iroise Courants": a title's
    ),
    places=_phrases(
        "archipel|"  # session 24: an archipelago
        "péninsule|république|fédération|royaume|mer|océan|lac|fleuve|mont|monts|golfe|détroit|"
        "vallée|plaine"
    ),
)

ENGLISH = LanguageCues(
    topics=_phrases(
        "on|about|describes|analyses|analyzes|looks at|examines|leads with|leads on|splashes on"
    ),
    back_references=_phrases("that's what|that’s what|that is what"),
    anonymity_forms=(
        r"(?:declined|refused|did not want|didn't want|would not|wouldn't|asked not) to (?:give"
        r"|share|provide|use) (?:his|her|their) (?:full |last )?name(?! (?:to|for|on))",
        r"(?:did not want|didn't want|asked) not to be (?:named|identified)",
        r"(?:did not want|didn't want) to be (?:named|identified)(?! (?:with|as|in|by))",
        r"gave only (?:his|her|their) first name",
    ),
    anonymity=_phrases(
        "on condition of anonymity|asked not to be named|declined to be named|"
        "asked not to be identified|speaking anonymously|who requested anonymity"
    ),
    contrasts=_phrases("while|whereas"),
    # present tense and less common reporting verbs (session 5)
    verbs=_phrases(
        # session 31: "convinced that", as a cue
        "is convinced|is confident|"
        # session 18: common reporting verbs the table lacked
        "recommended|agreed|disagreed|objected|protested|demanded|revealed|"
        "described|describes|labelled|labeled|branded|calls|"
        "warns|argues|insists|notes|adds|explains|stresses|admits|recalls|concedes|conceded|"
        "acknowledges|acknowledged|cautions|cautioned|retorted|countered|quipped|observed|"
        "shot back|fired back|hit back|snapped|"
        "pointed out|points out|maintains|maintained|contends|contended|asserted|asserts|"
        "emphasised|emphasized|underlined|reiterated|told|"
        # session 43: a paper's present tense after its headline ("..." reports the Hindu)
        "reports|writes|"
        # session 51: the present tense of reviews ("X tells “Iravunk.”", "editorializes
        # the paper"); those that are nouns too or take any subject report speech only
        # right after a quotation (ENGLISH_AFTER_QUOTE_VERBS)
        "tells|complains|predicts|concludes|responds|declares|laments|wonders|"
        "editorializes|editorialises|opines"
    )
    + _phrases(
        "criticized|criticised|stressed|declared|"
        "said|says|added|told reporters|told journalists|told|stated|noted|stressed|"
        "emphasized|"
        "emphasised|declared|announced|explained|warned|insisted|commented|remarked|pointed out|"
        "underlined|continued|wrote|tweeted|claimed|argued|replied|concluded|said in a statement|"
        "told a news conference|told a press conference|confirmed|asserted|observed|recalled|"
        "underscored|complained|admitted|acknowledged|went on|affirmed|responded|reported|"
        "retorted|countered|maintained|vowed|promised|urged|suggested|predicted|cautioned|"
        "quipped|mentioned|indicated|highlighted|reiterated|posted|quoted|was quoted as saying|"
        "quoted as saying"
    )
    + _phrases("saying|adding|warning|noting|insisting|stressing|arguing")
    + _phrases(
        "clarified|conceded|pledged|lamented|contended|boasted|joked|assured|told the|"
        "wrote on|posted on|said on|called|described"
    )
    + _phrases("answered|answers"),  # not "asked": "and asked for the issue to be raised"
    before=_phrases("according to|in the words of"),
    sources=_phrases(
        "on condition of anonymity|asked not to be named|declined to be named|source|sources|"
        "insider|insiders|witness|protester|protestor|resident|person|people"
    ),
    statements=_phrases("statement|communique|communiqué|release|declaration|note"),
    listeners=_phrases("reporters|journalists|the press|lawmakers|parliament"),
    indefinite=_phrases("a|an|one"),
    adverbials=_phrases(
        "at|after|during|in|on|before|while|when|from|following|speaking|adding|told|with"
    ),
    pronouns=_phrases("he|she|they"),
    articles=_phrases("the|a|an|his|her|its|their"),
    titles=_phrases(
        "striker|goalkeeper|midfielder|winger|"  # session 62: sport
        # session 31: owners, prefects and trades the gold gives as roles
        "skipper|"
        "manager|"
        # session 24: clergy and archivists
        "archbishop|vicar|chaplain|imam|rabbi|reverend|rev|revd|archivist|curator|"
        # professions named as a speaker's title (session 8)
        "administrator|"
        "rep|gov|lt|sgt|"  # abbreviated before a name: "Rep. Jamie Raskin" (not "Sen")
        "engineer|geologist|biologist|rector|ornithologist|hydrologist|ecologist|glaciologist|"
        "seismologist|volcanologist|zoologist|meteorologist|climatologist|oceanographer|"
        "archaeologist|sociologist|criminologist|epidemiologist|virologist|"
        "coordinator|rapporteur|inspector|auditor|registrar|commandant|superintendent|"
        "secretary-general|director-general|attorney|president|minister|prime|foreign|defence|"
        "defense|deputy|general|gen|colonel|col|mr|"
        "mrs|ms|dr|prof|ambassador|spokesman|spokeswoman|spokesperson|chairman|chairwoman|"
        "chair|speaker|senator|secretary|head|director|mp|chief|vice|lieutenant|major|admiral|"
        "sir|representative|commissioner|envoy|adviser|advisor|governor|mayor|leader|"
        "colonel-general|lieutenant-general|major-general|first|special|assistant|"
        "undersecretary|co-chair|prosecutor|judge|king|queen|prince|pope|sheikh|emir|"
        "opposition|analyst|expert|official|lawmaker|congressman|congresswoman|chancellor|member|"
        "premier|economy|interior|finance|justice|energy|state|diplomat|negotiator|activist|"
        "journalist|researcher|economist|lawyer|historian|professor|scholar|specialist|"
        "commander|candidate|nominee|presidential|ombudsman|ombudswoman|negotiator|counterpart|"
        "aide|supervisor|alderman|alderwoman|councillor|councilor|councilman|councilwoman|"
        "executive|officer|ceo|"
        "cllr|"  # session 39: "Cllr Cameron Geddes", a councillor
        "coach|"  # session 54: "Coach Philippe Troussier"
        "datuk|datin|seri"  # Malaysian honours: "Datuk Seri Najib Razak" (Seri capitalised)
    ),
    institutions=_phrases(
        # session 24: church bodies
        "diocese|archdiocese|parish council|"
        "board|bureau|municipality|city council|city hall|regional government|"
        "provincial government|"
        "state government|port authority|command|trade union|"
        "service|palace|nations|airways|airlines|holding|organisation|organization|alliance|"
        "federation|"
        "association|"
        "coalition|league|tribunal|"
        "authority|corporation|senate|central bank|ministry|government|presidency|press service|"
        "office|agency|parliament|assembly|union|"
        "forum|group|summit|conference|fund|bank|company|concern|university|institute|foundation|"
        "commission|embassy|army|department|committee|party|council|kremlin|white house|"
        "administration|court|state department|pentagon|nato|osce|delegation|mission|secretariat|"
        "directorate|cabinet|police|authorities|central election commission|"
        "election commission|prosecutor's office|high representative|air force|navy|"
        "armed forces|general staff|border guard|border service|national guard|coast guard|"
        "fisheries|national park|coastguard|cooperative|co-operative|fire service|fire brigade|"
        "trust|operator|"
        "supervision|inspectorate|regulator|"  # session 31: "The State Supervision of Mines said"
        "rights"  # session 55: "said the ASEAN Parliamentarians for Human Rights"
    ),
    stop_words=_phrases(
        "because|although|though|unless|"  # session 62: conjunctions
        "the|a|an|this|that|these|those|he|she|it|they|we|i|you|in|on|at|for|by|with|but|and|"
        "or|if|when|after|before|since|during|his|her|its|their|our|as|meanwhile|however|also|"
        "there|then|while|yesterday|today|tomorrow|earlier|later|now|still|moreover|"
        "furthermore|nevertheless|nonetheless|instead|indeed|monday|tuesday|wednesday|"
        "thursday|friday|saturday|sunday|speaking|asked|commenting|according|from|to|of|"
        "about|over|under|between|against|without|within|who|which|what|where|dear|so|thus"
    ),
    connectors=_phrases("of|of the|for|for the|in charge of"),
    auxiliaries=_phrases("has|have|had|is|was|were|are|will|would|who|which"),
    media=_phrases(
        "newspaper|daily|weekly|agency|news agency|website|site|magazine|outlet|channel|"
        "broadcaster|portal|tabloid|journal|herald|gazette|radio|"
        "television|tv|paper"
    ),
    adjectives=_phrases(
        "united|asian|european|african|american|arab|nordic|baltic|balkan|caucasian|western|"
        "eastern|"
        "northern|southern|southeast|southeastern|northeastern|northwestern|southwestern|central|"
        "latin|pacific|atlantic|transatlantic|mediterranean|international|global|islamic|soviet|"
        "scandinavian|eurasian|middle|far"
    ),
    places=_phrases(
        "archipelago|"  # session 24: an archipelago
        "peninsula|republic|federation|kingdom|sea|ocean|river|lake|mountains|mountain|gulf|strait|"
        "valley|bay|desert|corridor|plain"
    ),
)

GERMAN = LanguageCues(
    topics=_phrases("zu|zum|zur|über|beschreibt|analysiert|befasst sich mit|beschäftigt sich mit"),
    back_references=_phrases(
        "das sagte|dies sagte|das sagt|das erklärte|dies erklärte|das betonte|dies betonte|"
        "das teilte|dies teilte|das berichtete|das schreibt"
    ),
    anonymity_forms=(
        r"(?:seinen|ihren) (?:vollen |echten )?Namen nicht (?:in der Zeitung |öffentlich )?"
        r"(?:lesen|nennen|genannt|veröffentlicht|sehen|preisgeben)",
    ),
    anonymity=_phrases(
        "anonym bleiben|nicht genannt werden|nicht namentlich genannt|ungenannt bleiben"
    ),
    contrasts=_phrases("während|wohingegen|wogegen"),
    # present tense and less common reporting verbs (session 5)
    verbs=_phrases(
        # session 31: "convinced that", as a cue
        "ist überzeugt|zeigt sich überzeugt|ist sich sicher|"
        # session 18: common reporting verbs the table lacked
        "bestritt|erläuterte|verteidigte|"
        "erzählte|erzählt|"  # telling as speech (session 8)
        "konterte|kontert|fragte|"  # retorts and questions (session 10)
        "reagierte|"  # reactions as speech (session 7)
        "bezeichnete|bezeichnet|beschrieb|beschreibt|nennt|nannte|rief|ruft|"
        "warnt|meint|fordert|kritisiert|räumt|bekräftigt|mahnt|unterstreicht|erinnerte|erinnert|"
        "ergänzt|schreibt|berichtet|versichert|beklagt|bemängelt|verweist|stellt klar|gibt zu|"
        "so der|so die|sagte am|erklärte am"
    )
    + _phrases(
        "sagten|erklärten|zitiert|zitierte|mit den worten|betonten|verlautete|verlautete aus|"
        "teilten mit|warnten|mahnte|beklagte|klagte|klagt|"
        "entgegnet|antwortet|erwidert|erwiderte|widerspricht|widersprach|kündigte|kündigt|"
        "appellierte|versprach|"
        "wies zurück|kritisierte|fügte|ergänzte|sagte|sagt|erklärte|erklärt|betonte|"
        "betont|fügte hinzu|fügte er hinzu|"
        "fügte sie hinzu|meinte|unterstrich|teilte mit|hieß es|heißt es|so|warnte|kritisierte|"
        "bekräftigte|sagte er|sagte sie|erklärte er|erklärte sie|betonte er|betonte sie|"
        "zufolge|schrieb|versicherte|kündigte an|stellte fest|ergänzte|bestätigte|forderte|"
        "sicherte zu|sagte zu|"
        "ergänzte er|ergänzte sie|meinte er|meinte sie|so er|so sie|warf vor|betonte der|"
        "sagte der|sagte die|erklärte der|erklärte die|unterstrich er|unterstrich sie|"
        "berichtete|verkündete|mahnte|scherzte|räumte ein|antwortete|entgegnete|teilte|gab bekannt|"
        "erklärte sie|sagte sie|betonte sie|"
        # separable verbs whose particle may stand far after (räumte jedoch ein, dass)
        "räumte|hob hervor|stellte klar|führte aus|merkte an|wandte ein|gab zu|gestand|"
        "bemerkte|beteuerte|argumentierte|kommentierte|resümierte|schilderte|verwies darauf|"
        "gab zu bedenken|hob|wies darauf hin|mahnte an|bilanzierte|präzisierte|ergänzte dass|"
        # session 49: the present of a chronicle ("..., resümiert Merkel."); not "verkündet",
        # "beteuert", "bilanziert", whose object is a capitalised noun ("bilanziert Verluste")
        "stellt klar|resümiert"
    ),
    before=_phrases("laut|nach angaben von|nach den worten von|nach worten von"),
    sources=_phrases(
        "nicht genannt werden wollte|anonym bleiben wollte|quelle|quellen|insider|"
        "gesprächspartner|augenzeuge|augenzeugin|demonstrant|beamte|"
        "demonstrantin|anwohner|anwohnerin|unternehmenskreisen|regierungskreisen|"
        "koalitionskreisen|branchenkreisen|sicherheitskreisen|diplomatenkreisen|"
        "ministeriumskreisen|konzernkreisen"
    ),
    statements=_phrases("erklärung|mitteilung|stellungnahme|urteil|urteilsbegründung|beschluss"),
    listeners=_phrases("journalisten|reportern|der presse"),
    indefinite=_phrases("ein|eine|einer"),
    adverbials=_phrases("nach|am|im|bei|auf|vor|während|gegenüber|in|dem|zufolge|mit"),
    short_heads=_phrases("chef|chefin"),
    pronouns=_phrases("er|sie"),
    articles=_phrases(
        "der|die|das|den|dem|des|ein|eine|einer|sein|seine|ihr|ihre|seinem|seiner|ihrem"
    ),
    titles=_phrases(
        "trainer|trainerin|bundestrainer|stürmer|torhüter|torwart|mittelfeldspieler|"  # s. 62
        # session 24: clergy and archivists
        "bischof|bischöfin|erzbischof|weihbischof|landesbischof|landesbischöfin|pfarrer|"
        "pfarrerin|pastorin|priester|diakon|diakonin|kardinal|propst|pröpstin|superintendent|"
        "superintendentin|prälat|rabbiner|rabbinerin|imam|archivar|archivarin|"
        # session 25: farmers and winegrowers before a name
        "landwirt|landwirtin|winzer|winzerin|gastwirt|gastwirtin|"
        # professions named as a speaker's title (session 8)
        "ingenieur|ingenieurin|geologe|geologin|biologe|biologin|rektor|rektorin|hotelier|"
        "hotelière|"
        "jährige|jähriger|jährigen|"
        "koordinator|koordinatorin|berichterstatter|berichterstatterin|generalsekretär|"
        "generalsekretärin|staatsanwalt|staatsanwältin|kommandeur|befehlshaber|"
        "ombudsmann|vertreter|vertreterin|mitarbeiter|mitarbeiterin|beamter|beamtin|präsident|"
        "präsidentin|"
        "minister|ministerin|außenminister|verteidigungsminister|"
        "regierungschef|regierungschefin|regierungssprecher|sprecher|sprecherin|botschafter|"
        "botschafterin|general|generaloberst|oberst|herr|frau|dr|prof|ministerpräsident|"
        "ministerpräsidentin|bundeskanzler|kanzler|kanzlerin|abgeordnete|abgeordneter|"
        "beauftragte|beauftragter|außenbeauftragte|außenbeauftragter|politiker|politikerin|"
        "vorsitzende|vorsitzender|chef|chefin|sekretär|sekretärin|kommissar|kommissarin|"
        "bürgermeister|vorsteher|vorsteherin|gouverneur|vize|staatssekretär|berater|beraterin|premier|führer|"
        "führerin|politologe|politologin|experte|expertin|analyst|analystin|oppositionsführer|"
        "oppositionsführerin|chefdiplomat|chefdiplomatin|staatschef|staatschefin|kandidat|"
        "kandidatin|spitzenkandidat|spitzenkandidatin|regierungschef|parteichef|parteichefin|"
        "vizepräsident|vizepräsidentin|senator|senatorin|bürgermeisterin|abgeordnete|"
        "wissenschaftler|wissenschaftlerin|analytiker|analytikerin|aktivist|aktivistin|"
        "journalist|journalistin|diplomat|diplomatin|anwalt|anwältin|historiker|"
        "historikerin|ökonom|ökonomin|forscher|forscherin|leiter|leiterin|direktor|direktorin|"
        "sprecherin|kandidatin|beobachter|beobachterin|verteidiger|verteidigerin|amtskollege|"
        "amtskollegin|beamte|admiral|admiralin|gemeinderat|gemeinderätin|bundesrätin|staatsrat|"
        "staatsrätin|regierungsrat|"
        "regierungsrätin|landeshauptmann|landeshauptfrau|landrat|landrätin|landesrat|"
        "landesrätin|bezirkshauptmann|bezirkshauptfrau|fischermeister|bootsverleiher|"
        "oberbürgermeister|oberbürgermeisterin|bundespräsident|bundespräsidentin|"
        "staatspräsident|staatspräsidentin|geschäftsführer|geschäftsführerin|vorstandschef|"
        "vorstandschefin|intendant|intendantin|gewerkschafter|gewerkschafterin|"
        "ministerialdirektor|ministerialdirektorin|stadtrat|stadträtin|"
        "fraktionschef|fraktionschefin|generaldirektor|generaldirektorin|gesandter|gesandte|"
        # trades ending in -meister one by one: as a word ending, -meister would take
        # surnames (Schulmeister, Feldmeister) for titles
        "hafenmeister|hafenmeisterin|bademeister|bademeisterin|schichtmeister|schichtmeisterin|"
        # heads of compound titles (Lotsen-ältester, Schleusen-wärter); no surname is one
        "ältester|älteste|wärter|wärterin"
    ),
    institutions=_phrases(
        # session 24: church bodies
        "landeskirche|bistum|erzbistum|diözese|pfarrei|abtei|brüder-unität|brüdergemeine|"
        "gipfel|"  # session 53: a summit's name is no person's
        "landesregierung|kommando|küstenwache|gemeinde|stadtverwaltung|landratsamt|gewerkschaft|"
        "feuerwehr|bergwacht|wasserwacht|bergrettung|"  # session 24
        "gesellschaft|unternehmen|genossenschaft|stadtwerke|anstalt|präfektur|"
        "bezirkshauptmannschaft|landesbetrieb|eigenbetrieb|"
        "rathaus|landkreis|"
        # session 32: the offices of a reserve or park ("die Verwaltungsstelle des
        # Biosphärenreservats Rhön"); not "stadt", a stem of surnames (Stadtmann, Stadtfeld)
        "verwaltungsstelle|verwaltung|biosphärenreservat|nationalparkverwaltung|"
        "provinzregierung|"
        "weiße haus|weißen haus|nationen|rat|amt|bank|fonds|union|organisation|bündnis|gericht|"
        "institut|verband|kammer|"
        "bundestag|"
        "bundesrat|senat|stiftung|sicherheitsrat|europarat|aufsichtsrat|bundesamt|landesamt|"
        "auswärtiges amt|ministerium|außenministerium|regierung|präsidialamt|behörde|parlament|"
        "botschaft|"
        "armee|kreml|pressedienst|verteidigungsministerium|ministeriums|außenministeriums|"
        "kommission|auswärtige amt|auswärtigen amt|nato|osze|verwaltung|präsidialverwaltung|"
        "ministerium|agentur|presse-agentur|behörde|pressestelle|pressedienst|wahlkommission|"
        "kommission|staatsanwaltschaft|zentralbank|partei|delegation|mission|polizei|"
        "sekretariat|behörden|kanzleramt|bundesregierung|luftwaffe|streitkräfte|grenzschutz|"
        "generalstab|marine|direktion|präsidium|staatskanzlei|konzern|rechnungshof|"
        "universität|hochschule|konsortium|"
        "finanzkontrolle|stabilitätsrat|fiskalrat|sachverständigenrat|wissenschaftsrat|"
        "ethikrat|verwaltungsrat|gremium|aufsicht|bundesanstalt|bundesagentur|landesbank"
    ),
    stop_words=_phrases(
        "bevor|nachdem|während|obwohl|sobald|sodass|"  # session 62 (not "weil": Stephan Weil)
        "aus|zu|bis|durch|um|von|trotz|wegen|der|die|das|den|dem|des|ein|eine|er|sie|"
        "foto|quelle|"  # session 52: "Heiko Maas Foto: dpa", a gallery's source after the name
        "es|wir|ich|in|im|am|an|auf|für|mit|aber|und|beim|vom|zum|zur|ins|ans|über|unter|"
        "oder|nach|bei|seit|laut|auch|dabei|zudem|so|gestern|heute|morgen|außerdem|jedoch|"
        "dennoch|inzwischen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
        "zuvor|damit|deshalb|daher|vor|über|unter|gegen|ohne|zwischen|wie|wer|was|wo|als|"
        "wenn|dass|man|"
        # adverbs that open a sentence, capitalised before a surname ("Darauf Pichler:")
        "darauf|daraufhin|danach|dann|trotzdem|jetzt|nun|dort|hier|seitdem|zunächst|später|"
        "weiter|weiterhin|schließlich|abschließend|anschließend|ebenso|ebenfalls|"
        # determiners that open a sentence before a noun ("Keine Ergebnisse gefunden")
        "kein|keine|keinen|keiner|viele|einige|beide|beiden|jeder|jede|jedes|manche|"
        "etliche|etlichen|mehrere|mehreren|zahlreiche|zahlreichen|sämtliche|wenige|wenigen|"
        "diese|dieser|dieses|diesen|jene|jener|solche|solchen|weitere|weiteren"
    ),
    connectors=_phrases("des|der|für|von|in|in der"),
    impersonal=_phrases("verlautete|verlautete aus|hieß es|heißt es"),
    auxiliaries=_phrases("hat|habe|hatte|ist|sei|war|wird|wurde|haben|sind"),
    compound=True,
    media=_phrases(
        "zeitung|tageszeitung|wochenzeitung|nachrichtenagentur|agentur|magazin|portal|sender|"
        "blatt|onlineportal"
    ),
    adjectives=_phrases(
        "europäische|europäischer|europäischen|europäisches|afrikanische|afrikanischen|"
        "asiatische|asiatischen|amerikanische|amerikanischen|arabische|arabischen|baltische|"
        "baltischen|nordische|westliche|westlichen|östliche|östlichen|internationale|"
        "internationalen|internationaler|deutsche|deutschen|deutscher|vereinte|vereinten|"
        "zentrale|zentralen"
    ),
    places=_phrases(
        "archipel|"  # session 24: an archipelago
        "halbinsel|republik|föderation|königreich|meer|see|ozean|fluss|gebirge|berge|golf|tal|"
        "straße"
    ),
)

RUSSIAN = LanguageCues(
    topics=_phrases("о|об|обо|про|описывает|анализирует"),
    back_references=_phrases("об этом|о чем|о чём"),
    anonymity_forms=(
        r"не пожелавш\w+ (?:представиться|назваться|назвать себя|назвать сво\w+ (?:имя|фамилию))",
        r"попросивш\w+ не (?:называть|указывать|раскрывать) (?:его|её|ее|сво\w+ )?(?:имя|имени"
        r"|фамили\w+)",
        r"не назвавш\w+ сво\w+ (?:имени|имя|фамили\w+)",
        r"пожелавш\w+ остаться (?:неназванн|неизвестн|анонимн)\w+",
    ),
    anonymity=_phrases(
        "пожелавший остаться неназванным|пожелавшая остаться неназванной|"
        "пожелавший остаться неизвестным|попросивший не называть|попросившая не называть|"
        "на условиях анонимности|на условии анонимности"
    ),
    contrasts=_phrases("тогда как|в то время как"),
    # present tense and less common reporting verbs (session 5)
    verbs=_phrases(
        # session 31: "convinced that", as a cue
        "убеждён|убежден|убеждена|уверены|"
        # session 33: a headline "reads" (impersonal: no one speaks)
        "гласит заголовок|гласят заголовки|"
        # session 18: neuter and plural forms, as bodies and their people speak
        "сообщило|заявило|отметило|подчеркнуло|уточнило|пояснило|уточнили|пояснили|добавило|ответило|"
        "отреагировал|отреагировала|"  # reactions as speech (session 7)
        "прогнозирует|прогнозировал|прогнозировала|"  # session 30: a forecast as speech
        "назвал|назвала|охарактеризовал|охарактеризовала|называет|"
        "отмечает|подчеркивает|подчёркивает|говорит|признает|признаёт|признался|призналась|"
        "пояснил|пояснила|напомнил|напомнила|напоминает|полагает|предупредил|предупредила|уточнил|уточнила|"
        "резюмировал|резюмировала|считает|констатировал|констатировала|посетовал|посетовала|"
        "пошутил|пошутила|возразил|возразила|парировал|парировала|признал|признала|заверил|заверила|пообещал|"
        "пообещала|рассказал|рассказала|написал|написала|"
        # session 19: common verbs the tables lacked
        "объяснил|объяснила|объяснили|объясняет|поделился|поделилась|пожаловался|пожаловалась|"
        "подтвердил|подтвердила|сетует|добавляет|уверяет|заверяет|рассказывает|"
        # session 39 (not "продолжает": "continues to", before any verb)
        "подытожил|подытожила|отрезал|отрезала|возмутился|возмутилась|"
        # session 46: "announced" ("президент объявил: «...»")
        "объявил|объявила|оголосив|оголосила"
    )
    + _phrases(
        "раскритиковал|раскритиковала|призвал|призвала|потребовал|потребовала|"
        "выразила|заявил|заявила|сказал|сказала|добавил|добавила|отметил|отметила|подчеркнул|"
        "подчеркнула|сообщил|сообщила|заметил|заметила|пояснил|пояснила|указал|указала|"
        "считает|заверил|заверила|констатировал|констатировала|предупредил|предупредила|"
        "напомнил|напомнила|заявили|сообщили|резюмировал|уточнил|уточнила|написал|написала|"
        "говорится в обращении|говорится в письме|говорится в ответе|говорится в пресс-релизе|"
        "говорится в релизе|говорится в докладе|говорится в отчете|говорится в отчёте|"
        "говорится в сообщении|говорится в заявлении|говорится в документе|говорится|"
        "говорится в комментарии|говорится в посте|"
        "ответил|ответила|добавили|отметили|подчеркнули|заявляет|считают|признал|признала|"
        "пообещал|пообещала|продолжил|продолжила|выразил|уверен|уверена|приводит слова|"
        "приводят слова|цитирует|цитируют|рассказал|рассказала|рассказали|отмечается|"
        "отмечается в сообщении|отмечается в заявлении|подчеркивается|подчёркивается|"
        "сообщает|сообщают|"
        # session 62: a paper's present ("Газета «X» пишет:", "Издание иронизирует:")
        "пишет|пишут|иронизирует|отмечает|подчеркивает|подчёркивает|указывает|утверждает|"
        "полагает|констатирует|"
        # plurals, as a body's people speak ("предупредили в агентстве"), as in Ukrainian
        "предупредили|напомнили|призвали|пообещали|подтвердили|ответили|заверили|признали|"
        "указали|заметили|констатировали|прокомментировали|возразили|потребовали|разъяснили|"
        "уверяют|поясняют|отмечают|подчеркивают|подчёркивают|заявляют|предупреждают|напоминают"
    ),
    before=_phrases(
        "по словам|по мнению|как заявил|как сообщил|как отметил|по данным|по его словам|"
        "по ее словам|по её словам|по его мнению|по ее мнению|по её мнению|по информации|"
        "по сведениям|по оценке"
    ),
    pronouns=_phrases("он|она|они"),
    sources=_phrases(
        "пожелавший остаться неназванным|на условиях анонимности|источник|источники|"
        "источника|источников|дипломатов|чиновник|чиновники|чиновников|"
        "собеседник|собеседница|собеседники|осведомленный источник|"
        "очевидец|очевидица|житель|жительница"
    ),
    adverbials=_phrases("на|после|в|во|по итогам|перед|в ходе|во время"),
    listeners=_phrases(
        "журналистам|корреспонденту|корреспондентам|агентству|журналистам в|ему|ей|им"
    ),
    titles=_phrases(
        # session 31: owners, prefects and trades the gold gives as roles
        "владелец|владелица|хозяин|хозяйка|фермер|"
        "староста|учитель|учительница|житель|жительница|лодочник|арендатор|хранитель|"
        # session 24: clergy and archivists
        "епископ|архиепископ|митрополит|священник|протоиерей|настоятель|игумен|патриарх|имам|"
        "муфтий|раввин|архивист|"
        # professions named as a speaker's title (session 8)
        "исследователь|инженер|юрист|адвокат|геолог|биолог|ректор|примар|архитектор|агроном|"
        "зоолог|эколог|историк|археолог|орнитолог|ихтиолог|"
        "основатель|старейшина|реставратор|"
        "координатор|докладчик|омбудсмен|прокурор|генпрокурор|судья|командующий|вице-президент|"
        "вице-спикер|президент|министр|глава|премьер|премьер-министр|генерал|посол|"
        "пресс-секретарь|"
        "спикер|депутат|председатель|замминистра|представитель|официальный|вице-премьер|"
        "руководитель|директор|советник|лидер|помощник|заместитель|мэр|губернатор|канцлер|"
        "генсек|секретарь|начальник|командующий|хоким|аким|вице-министр|замглавы|эксперт|"
        "аналитик|политолог|экономист|гидролог|эколог|профессор|ученый|учёный|"
        # session 49: a quote digest's short titles ("зампред Совбеза РФ", "член Совфеда")
        "зампред|зампредседателя|заммэра|замсекретаря|замгендиректора|постпред|полпред|"
        "сенатор|член|"
        # stems of titles whose nominative ending changes (представитель-я, официальн-ого)
        "представител|официальн|руководител|заместител|председател|секретар"
    ),
    institutions=_phrases(
        # session 24: church bodies
        "епархи|патриархи|"
        # session 29: courts by their kind ("суд" alone also opens "судно", "судьба")
        "районный суд|городской суд|областной суд|краевой суд|арбитражный суд|"
        "административный суд|верховный суд|конституционный суд|мировой суд|"
        "центризбирком|избирком|цик|союз|банк|фонд|альянс|организаци|министерств|мид|минобороны|"
        "кооператив|"  # session 24
        "правительств|администраци|мэри|"
        "пресс-служб|ведомств|"
        "посольств|кремл|парламент|аппарат|госдеп|пентагон|генштаб|нато|обсе|служб|"
        "делегаци|миссии|миссия|прокуратур|комисси|штаб|компани|корпораци|концерн|"
        "министерство|пресс-служба|минфин|минэнерго|минэкономразвития|минтранс|минздрав|"
        "минюст|минобрнауки|минпромторг|комитет|агентств|университет|академия|академии|академию|"
        # session 21: regional and federal bodies that speak in statements
        "управлени|департамент|инспекци|дирекци|акимат|хокимият|госкорпораци|ассоциаци|"
        "минприроды|минсельхоз|минкультуры|минстрой|минтруд|минпросвещения|мчс|мвд|"
        "ростехнадзор|роспотребнадзор|росприроднадзор|ростуризм|росгидромет|росавиаци|"
    ),
    stop_words=_phrases(
        "подробнее|"
        "позднее|позже|ранее|затем|сейчас|впрочем|поэтому|кроме|вместе|именно|при этом|в|на|по|и|"
        "но|он|она|они|это|как|при|с|вчера|сегодня|завтра|также|однако|между|тем|"
        "понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|газета|о|об|за|для|"
        "из|от|до|после|перед|кроме|уже|еще|ещё|тогда|оба|обе|обоих|все|всё|многие|некоторые"
    ),
    connectors=_phrases("по"),
    impersonal=_phrases(
        "говорится в сообщении|говорится в заявлении|говорится в документе|говорится|"
        "отмечается|отмечается в сообщении|отмечается в заявлении|подчеркивается|подчёркивается|"
        "говорится в обращении|говорится в письме|говорится в ответе|говорится в пресс-релизе|"
        "говорится в релизе|говорится в докладе|говорится в отчете|говорится в отчёте|"
        "говорится в комментарии|говорится в посте|"
        # session 33: "«...», гласит заголовок": a headline reads, no one speaks
        "гласит заголовок|гласят заголовки"
    ),
    statements=_phrases(
        "сообщение|заявление|сообщении|заявлении|документ|документе|обращение|обращении|"
        "письмо|письме|ответе|пресс-релиз|пресс-релизе|релизе|доклад|докладе|отчет|"
        "отчете|отчёт|отчёте|комментарий|комментарии|пост|посте"
    ),
    inflected=True,
    media=_phrases(
        "газета|газеты|газете|агентство|агентства|издание|издания|журнал|телеканал|портал|сайт"
    ),
    adjectives=_phrases(
        "европейский|европейского|европейском|европейская|европейской|евразийский|евразийского|"
        "международный|международного|национальный|национального|центральный|центрального|"
        "государственный|государственной|объединенных|объединённых"
    ),
    places=_phrases(
        "архипелаг|"  # session 24: an archipelago
        "полуостров|полуострова|федерация|федерации|республика|республики|область|области|море|"
        "моря|океан|река|реки|"
        "горы|залив|озеро"
    ),
)

SPANISH = LanguageCues(
    topics=_phrases(
        "sobre|acerca de|a propósito de|describe|analiza|abre con|se centra en|dedica su portada a"
    ),
    back_references=_phrases(
        "así lo|así se expresó|lo dijo|lo afirmó|lo aseguró|"
        # session 65: "«...». Así de contundente se ha pronunciado hoy la portavoz, X"
        "así se ha pronunciado|así se pronunció|así se ha expresado|así se ha manifestado|"
        "así se manifestó|así de contundente|así de claro|así de clara|así de tajante|"
        "así de rotundo|así de rotunda"
    ),
    anonymity_forms=(
        r"(?:pidió|pide|prefirió|prefiere) no (?:ser identificad[oa]s?|dar su (?:nombre|apellido)"
        r"|identificarse|revelar su (?:nombre|identidad))",
        r"no quiso (?:ser identificad[oa]s?|dar su (?:nombre|apellido)|identificarse)",
    ),
    anonymity=_phrases(
        "bajo condición de anonimato|pidió el anonimato|que pidió no ser identificado|"
        "que pidió no ser identificada|que prefirió no ser identificado|bajo anonimato|"
        "que pidió no dar su nombre|que prefirió no dar su nombre|que pide no dar su nombre|"
        "que prefiere no dar su nombre|que prefirió no ser identificada|"
        "que ha preferido no dar su nombre|que ha pedido no dar su nombre"
    ),
    contrasts=_phrases("mientras que|mientras|en tanto que"),
    # present tense and less common reporting verbs (session 5)
    verbs=_phrases(
        # session 31: "convinced that", as a cue
        "está convencido|está convencida|se muestra convencido|se muestra convencida|"
        "se mostró convencido|se mostró convencida|"
        # session 18: common reporting verbs the table lacked
        "ha pedido|recomendó|sugirió|contestó|confirmó|negó|"
        "contó|relató|ha contado|ha relatado|"  # telling as speech (session 8)
        "relata|"  # present tense of a feature: "«...», relata." (not "cuenta", the noun)
        "resume|resumió|"  # session 30: "«...», resume en gallego la percebeira X"
        "gritó|exclamó|espetó|clamó|"  # raised voices (session 9)
        "preguntó|completó|ha preguntado|"  # questions and endings (session 10)
        # the perfect of today's news in Spain (Europa Press): "ha defendido que" (session 9)
        "ha defendido|ha sostenido|ha insistido|ha recordado|ha lamentado|ha criticado|"
        "ha denunciado|ha reconocido|ha admitido|ha advertido|ha destacado|ha apuntado|"
        "ha matizado|ha reiterado|ha avisado|ha alertado|ha reclamado|ha exigido|"
        "ha precisado|ha manifestado|ha replicado|ha respondido|ha comentado|ha valorado|"
        "ha calificado|ha confirmado|ha concluido|ha zanjado|ha argumentado|ha justificado|"
        "ha prometido|ha garantizado|ha agregado|ha remarcado|ha incidido|ha resaltado|"
        "ha enfatizado|ha detallado|ha aclarado|ha sentenciado|ha expresado|ha puntualizado|"
        "ha recalcado|ha reivindicado|recalca|"  # session 35
        "han defendido|han denunciado|han advertido|han recordado|han lamentado|han criticado|"
        "han reclamado|han insistido|han asegurado|han explicado|han señalado|han indicado|"
        "reaccionó|"  # reactions as speech (session 7)
        "describió|describe|calificó|califica|definió|define|tachó|tacha|"
        "habló de|ha hablado de|"  # "habló de «...»": her words (session 28)
        "advierte|replicó|replica|sostiene|insiste|recuerda|reconoce|considera|opina|critica|"
        "denuncia|lamenta|apunta|añade|explica|declara|dice|estima|defiende|admite|reitera|cree|piensa|"
        # session 54: more present tenses after a quotation ("«...», menciona.")
        "menciona|expresa|comenta|agrega|concluye|resalta|enfatiza|argumenta|manifiesta|detalla|"
        "escribe|responde|aclara|"
        "alerta|alertó|matiza|puntualizó|puntualiza|confesó|confiesa|avisó|resumió|ironiza|zanja|"
        # session 48: revealing, questioning, retorting and summing up, as Argentine and
        # Uruguayan papers write them
        "reveló|ha revelado|remató|cuestionó|planteó|graficó|retrucó|acotó|fustigó|"
        # session 64: "También se refirió a que «...»": what was said, not its topic
        "se refirió a que|se ha referido a que|se refiere a que|"
        # session 65: "«...». Así de contundente se ha pronunciado la portavoz, X"
        "se ha pronunciado|se pronunció|se ha expresado|se ha manifestado|se manifestó"
    )
    + _phrases(
        "aseguraron|dijeron|afirmaron|señalaron|indicaron|explicaron|añadieron|advirtieron|"
        "pidió|pidieron|matizó|admitió|bromeó|bromea|"
        "precisaron|informaron|declararon|subrayaron|destacaron|acusó|criticó|reconoció|lamentó|"
        "prometió|reclamó|exigió|recalcó|enfatizó|remarcó|aclaró|"
        "defendió|admitió|elogió|alegó|aseveró|opinó|sentenció|zanjó|ironizó|tuiteó|afirmó|dijo|declaró|añadió|agregó|"
        "señaló|aseguró|explicó|subrayó|indicó|manifestó|expuso|"
        "destacó|advirtió|sostuvo|insistió|recordó|apuntó|concluyó|precisó|expresó|ha dicho|"
        "ha afirmado|ha declarado|ha añadido|ha señalado|ha asegurado|informó|comentó|"
        "respondió|denunció|reiteró|según indicó|según informó|según dijo|según afirmó|"
        "escribió|anunció|prometió|consideró|estimó|ha indicado|ha subrayado|ha explicado|"
        "se lee|se lee en el comunicado|señala|indica|afirma|subraya|precisa|asegura|destaca"
    )
    + _phrases(
        "afirmando|asegurando|señalando|advirtiendo|subrayando|añadiendo|explicando|"
        "insistiendo|diciendo"
    ),
    before=_phrases("según|de acuerdo con|en palabras de"),
    sources=_phrases(
        "bajo condición de anonimato|pidió el anonimato|fuente|fuentes|testigo|manifestante|"
        "vecino|vecina"
    ),
    impersonal=_phrases("se lee|se lee en el comunicado"),
    statements=_phrases("comunicado|nota|declaración|texto|sentencia|fallo"),
    listeners=_phrases(
        "a la prensa|a los periodistas|a los medios|a la agencia|a ese diario|a este diario|"
        "a ese periódico|a este periódico|al diario|al periódico|a la emisora|a la radio"
    ),
    indefinite=_phrases("un|una"),
    adverbials=_phrases("tras|en|durante|después|ante|al término|al final|desde|antes|con"),
    pronouns=_phrases("él|ella"),
    articles=_phrases("el|la|los|las|un|una|su|del"),
    titles=_phrases(
        "entrenador|entrenadora|arquero|portero|delantero|centrocampista|guardameta|"  # s. 62
        # session 46: scholars a digest credits ("Historiadora Milita Alfaro")
        "historiador|historiadora|sociólogo|socióloga|"
        "candidato|candidata|"  # session 49: "candidato à prefeitura do Rio"
        # session 31: owners, prefects and trades the gold gives as roles
        "propietario|propietaria|dueño|dueña|prefecto|prefecta|"
        "gerente|subdelegado|subdelegada|intendente|intendenta|capitán|capitana|conseller|consellera|jubilado|jubilada|productor|productora|"
        # session 24: clergy and archivists
        "obispo|arzobispo|párroco|sacerdote|cardenal|imán|rabino|archivero|archivera|"
        # professions named as a speaker's title (session 8)
        "administrador|administradora|"
        "profesora|catedrático|catedrática|ingeniero|ingeniera|geólogo|geóloga|biólogo|bióloga|abogado|abogada|rector|rectora|decano|decana|"
        # local officials (session 8)
        "concejal|concejala|intendente|edil|regidor|regidora|síndico|síndica|conselleiro|"
        "conselleira|"
        "titular|vicepresidenta|coordinador|coordinadora|relator|relatora|defensor|defensora|"
        "fiscal|"
        "gobernadora|"
        "consejero|consejera|subsecretario|subsecretaria|viceministro|viceministra|delegado|"
        "delegada|comandante|alcaldesa|secretario general|secretaria general|senador|senadora|"
        "congresista|economista|analista|"
        "experto|experta|investigador|"
        "investigadora|politólogo|politóloga|diplomático|diplomática|funcionario|funcionaria|"
        "presidente|presidenta|ministro|ministra|canciller|portavoz|general|embajador|"
        "embajadora|señor|señora|sr|sra|diputado|diputada|jefe|jefa|secretario|secretaria|"
        "primer|primera|líder|vicepresidente|alto|representante|director|directora|asesor|"
        "alcalde|gobernador|comisario|comisaria|dirigente|opositor|opositora|vocero|vocera|"
        "homólogo|homóloga|"
        # session 50: "dijo el mandatario argentino"
        "mandatario|mandataria"
    ),
    institutions=_phrases(
        # session 24: church bodies
        "diócesis|arzobispado|obispado|parroquia|"
        "cumbre|comunidad|"  # session 53: "la Cumbre de la Comunidad de Estados ..."
        "convención|"  # session 55: "la Convención Constitucional"
        # a directorate ("la Dirección Desconcentrada de Cultura informó")
        "dirección|"
        "administración|organismo|sociedad|cooperativa|confederación|colegio|cruz roja|"
        "bomberos|"  # session 24
        "media luna roja|"
        "protección civil|"
        "parque nacional|parque natural|"
        "corporación|"
        "secretaría|subsecretaría|procuraduría|fiscalía general|alcaldía|municipalidad|"
        "gobernación|defensoría|contraloría|superintendencia|capitanía|dirección general|"
        "electricidad|ferrocarriles|telecomunicaciones|yacimientos|petróleos|"
        "ayuntamiento|cabildo|consejería|diputación|salvamento marítimo|sindicato|"
        "gobierno regional|consellería|conselleria|"
        "hospital|universidad|fundación|xunta|generalitat|"
        "casa blanca|casa rosada|zarzuela|palacio|naciones|banco|fondo|instituto|unión|estado|"
        "prefectura|armada|guardia costera|"
        "organización|alianza|federación|asociación|"
        "tribunal|corte|"
        "senado|congreso|cámara|junta|banco central|ministerio|gobierno|presidencia|embajada|"
        "parlamento|ejército|cancillería|comisión|"
        "oficina|departamento|partido|otan|osce|servicio de prensa|moncloa|kremlin|delegación|"
        "misión|policía|fiscalía|autoridades|comité|consejo|agencia|fuerza aérea|"
        "fuerzas armadas|guardia civil|empresa|compañía|estado mayor|servicio|autoridad|"
        # session 32: Catalan bodies named in their own language (la Agència Catalana de
        # l'Aigua, el Servei Meteorològic de Catalunya)
        "agència|servei|departament|ajuntament|consell|institut|diputació|fundació|"
        "associació|federació|universitat"
    ),
    stop_words=_phrases(
        "porque|aunque|"  # session 62: conjunctions opening a sentence
        "el|la|los|las|un|una|en|por|con|pero|y|según|ayer|hoy|mañana|además|sin embargo|"
        "también|entonces|luego|lunes|martes|miércoles|jueves|viernes|sábado|domingo|de|del|"
        "para|tras|ante|sobre|desde|hasta|este|esta|estos|estas|ese|esa|su|sus|al|que|como|"
        "aunque|incluso|"  # "Aunque después admitió: «": no name (session 28)
        "así|asimismo|mientras|cuando|ahora|finalmente|"  # "Así, en Reino Unido, la BBC ..."
        "algunas|algunos|varias|varios|"  # session 48: "Algunas citas:" names no one
        "después|antes|durante"  # session 52: "Después de Errejón es Joan Baldoví ..."
    ),
    connectors=_phrases("de|del|de la|de los|para"),
    auxiliaries=_phrases("ha|han|había|es|fue|era|será|se|que"),
    media=_phrases(
        "diario|periódico|agencia|semanario|revista|cadena|portal|sitio|canal|emisora|"
        "radio|radioemisora|televisión"
    ),
    adjectives=_phrases(
        "unidas|europeo|europea|africano|africana|asiático|asiática|americano|americana|árabe|"
        "latinoamericano|latinoamericana|nacional|internacional|occidental|oriental|"
        "iberoamericano|interamericano|interamericana"
    ),
    places=_phrases(
        "archipiélago|"  # session 24: an archipelago
        "península|república|federación|reino|mar|océano|río|lago|montañas|sierra|golfo|estrecho|"
        "valle|monte|cerro|volcán|laguna"
    ),
)

ITALIAN = LanguageCues(
    topics=_phrases(
        "su|sul|sulla|sullo|sui|sugli|sulle|a proposito di|descrive|analizza|apre con|"
        "dedica l'apertura a|dedica l’apertura a"
    ),
    back_references=_phrases(
        "lo ha detto|lo ha dichiarato|lo ha affermato|lo ha spiegato|lo ha sottolineato|"
        "lo dice|lo afferma|lo spiega|"
        # session 53: "«...». A parlare è il viceministro degli Esteri Mario Giro"
        "a parlare è|a parlare è stato|a parlare è stata|a dirlo è|a dirlo è stato|"
        "a dirlo è stata|a spiegarlo è|a sostenerlo è"
    ),
    anonymity_forms=(
        r"(?:chiesto|chiede|preferito|preferisce|voluto|vuole) di non (?:essere (?:nominat"
        r"|identificat)\w|dare il (?:suo )?nome)",
        r"(?:chiesto|chiede|preferito|preferisce|voluto|vuole) (?:di )?(?:restare"
        r"|rimanere) anonim\w",
        r"non (?:vuole|vuol|ha voluto) (?:dire|dare|rivelare) il (?:suo |proprio )?nome",
        # session 29: "e che preferisce non dire il nome"
        r"(?:preferisce|preferito|chiede|chiesto) (?:di )?non (?:dire|dare|rivelare|fare) il "
        r"(?:suo |proprio )?nome",
    ),
    anonymity=_phrases(
        "chiesto l'anonimato|dietro anonimato|sotto anonimato|"
        "che ha chiesto di non essere nominato|che ha chiesto di restare anonimo|"
        "che chiede di non essere citato|che chiede di non essere nominato|"
        "che chiede di restare anonimo|che chiede l'anonimato"
    ),
    contrasts=_phrases("mentre|laddove"),
    # present tense and less common reporting verbs (session 5)
    verbs=_phrases(
        # session 31: "convinced that", as a cue
        "è convinto|è convinta|si dice convinto|si dice convinta|si è detto convinto|"
        "si è detta convinta|"
        # session 18: common reporting verbs the table lacked
        "ha difeso|ha negato|ha suggerito|ha proposto|ha auspicato|"
        "ha raccontato|ha narrato|"  # telling as speech (session 8)
        "ha scherzato|scherza|"  # joking (session 25)
        "ha chiuso|ha raccomandato|raccomanda|"  # session 10
        "ha chiesto|chiede|"  # session 29: a request in its asker's words (ha chiesto «»)
        "ha reagito|protesta|ha protestato|"  # reactions as speech (sessions 7, 13)
        "ha definito|ha descritto|ha bollato|definisce|descrive|bolla|"
        "definì|descrisse|bollò|"  # session 65: the past of a column ("che bollò X come «»")
        "ha parlato di|ha consigliato|"  # "ha parlato di «...»": his words (session 28)
        "sostiene|avverte|ammette|denuncia|replica|assicura|conferma|insiste|evidenzia|rimarca|"
        "ribatte|ribadisce|obietta|rilancia|"
        "spiega|dichiara|osserva|racconta|commenta|sottolinea|ricorda|precisa|incalza|ribadisce|"
        "chiarisce|puntualizza|taglia corto|aggiunge|afferma|dice|"
        "tuona|"  # session 52: "– tuona il leader del M5S, Giuseppe Conte –"
        # session 53: the sentence after the quotation naming who speaks (a back reference)
        "a parlare è|a parlare è stato|a parlare è stata|a dirlo è|a dirlo è stato|"
        "a dirlo è stata|a spiegarlo è|a sostenerlo è"
    )
    + _phrases(
        "hanno riferito|hanno detto|hanno spiegato|hanno fatto sapere|hanno affermato|"
        "hanno sottolineato|hanno precisato|hanno dichiarato|hanno assicurato|hanno aggiunto|"
        "ha accusato|ha attaccato|attacca|ha criticato|ha tuonato|ha incalzato|ha rilanciato|"
        "ha ammonito|"
        "ha esortato|ha promesso|ha garantito|ha rivendicato|ha chiarito|ha puntualizzato|"
        "ha lamentato|ha riconosciuto|ha rimarcato|ha twittato|ha scandito|ha osservato ancora|"
        "ha detto|ha dichiarato|ha aggiunto|ha affermato|ha sottolineato|ha spiegato|"
        "ha precisato|ha ribadito|ha osservato|ha ricordato|ha annunciato|ha avvertito|"
        "ha concluso|ha scritto|ha commentato|ha assicurato|ha evidenziato|dice|afferma|"
        "aggiunge|sottolinea|spiega|dichiara|ha dichiarato ai giornalisti|si legge|"
        "si legge in una nota|si legge nella nota|ha replicato|ha ribattuto|ha risposto|"
        "ha insistito|"
        "ha confermato|ha affermato ancora|ha denunciato|ha sostenuto|precisa|ribadisce|"
        "osserva|ricorda|conclude|scrive|ha riferito|riferisce|ha comunicato|comunica|"
        "ha reso noto|ha fatto sapere|fa sapere|ha dichiarato ancora|ha ammesso|ha avvertito|"
        "ha insistito|ha proseguito|ha continuato|ha rilevato|ha affermato lei|ha detto lei|"
        "ha esordito|esordisce|confida|ha confidato"
    )
    + _phrases(
        "affermando|sottolineando|spiegando|aggiungendo|dicendo|avvertendo|assicurando|ribadendo"
    )
    + _italian_adverb_forms(
        "detto|dichiarato|aggiunto|affermato|sottolineato|spiegato|precisato|ribadito|"
        "osservato|ricordato|avvertito|ammonito|assicurato|commentato|replicato|chiarito"
    ),
    before=_phrases(
        "secondo|a detta di|per|"
        "stando a|stando al|stando alla|stando all'|stando ai|stando agli|stando alle"
    ),
    sources=_phrases(
        "chiesto l'anonimato|dietro anonimato|fonte|fonti|testimone|manifestante|residente"
    ),
    statements=_phrases("comunicato|nota|dichiarazione|testo|sentenza|ordinanza"),
    listeners=_phrases("ai giornalisti|alla stampa|ai cronisti|all'agenzia"),
    indefinite=_phrases("un|una|uno"),
    adverbials=_phrases(
        "al termine|alla fine|dopo|durante|in|nel|nella|davanti|a margine|prima|da|dal|dalla|con|"
        "su|sul|sulla"
    ),
    pronouns=_phrases("lui|lei|egli|ella"),
    articles=_phrases("il|lo|la|i|gli|le|l'|un|una|suo|sua|del|della"),
    titles=_phrases(
        "allenatore|allenatrice|attaccante|portiere|centrocampista|difensore|"  # session 62
        # session 24: clergy and archivists
        "vescovo|arcivescovo|parroco|sacerdote|cardinale|rabbino|archivista|"
        # professions named as a speaker's title (session 8)
        "amministratore|amministratrice|"
        "professore|professoressa|ingegnere|avvocato|avvocata|geologo|geologa|biologo|biologa|rettore|rettrice|"
        "titolare|coordinatore|coordinatrice|relatore|relatrice|delegato|delegata|comandante|"
        "prefetto|"
        "questore|diplomatico|diplomatica|funzionario|funzionaria|segretario generale|presidente|"
        "presidentessa|ministro|ministra|premier|generale|ambasciatore|"
        "ambasciatrice|portavoce|signor|signora|sig|dott|onorevole|segretario|segretaria|capo|"
        "primo|prima|vicepresidente|vice|alto|rappresentante|commissario|commissaria|sindaco|leader|"
        "direttore|direttrice|consigliere|governatore|cancelliere|deputato|senatore|"
        "vicepremier|viceministro|sottosegretario|ricercatore|ricercatrice|analista|esperto|"
        "esperta|sindaca|deputata|senatrice|procuratore|collega|omologo|omologa|"
        # session 31: a regional or town councillor with a portfolio, a deputy mayor
        "assessore|assessora|vicesindaco|vicesindaca|"
        "consigliera|proprietario|proprietaria"
    ),
    institutions=_phrases(
        # session 24: church bodies
        "diocesi|parrocchia|curia|"
        "comando|prefettura|soprintendenza|questura|regione|provincia|comune|capitaneria|sindacato|ospedale|"
        "parco nazionale|parco naturale|ente parco|"
        "soccorso alpino|soccorso|guardia costiera|"  # session 26: rescue services
        "università|fondazione|cooperativa|vigili del fuoco|"
        "casa bianca|quirinale|viminale|commissariato|nazioni|banca|banco|fondo|istituto|unione|"
        "organizzazione|alleanza|"
        "federazione|associazione|"
        "tribunale|corte|senato|camera|ministero|governo|presidenza|ambasciata|parlamento|"
        "farnesina|commissione|ufficio|ente|"
        "partito|cremlino|nato|osce|servizio|servizio stampa|esercito|stato maggiore|"
        "palazzo chigi|delegazione|missione|polizia|procura|autorità|agenzia|consiglio|comitato|"
        "aeronautica|marina militare|società|compagnia|azienda|forze armate|protezione civile|"
        "guardia costiera|"
        "guardia di finanza|carabinieri|stato maggiore|"
        "comunità montana|comunità di montagna|"  # session 32: the mountain communities
        # session 32: the trade unions, written in title case ("denuncia la Flai Cgil di
        # Rovigo"); before a given name they are the person's body (persons.py)
        "confederazione|cgil|cisl|uil|flai|fillea|fiom"
    ),
    stop_words=_phrases(
        "dopo|perché|benché|sebbene|"  # session 62: conjunctions opening a sentence
        "il|lo|la|i|gli|le|un|una|in|per|con|ma|e|ieri|oggi|domani|inoltre|tuttavia|anche|"
        "poi|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|di|del|della|dei|degli|"
        "delle|da|dal|dalla|su|sul|sulla|tra|fra|secondo|questo|questa|che|come|durante|ad|"
        "così|intanto|mentre|quando|ora|infine"
    ),
    connectors=_phrases(
        "di|del|dell'|della|dei|degli|delle|per|per gli|per la|agli|ai|alla|allo|al"
    ),
    impersonal=_phrases("si legge|si legge in una nota|si legge nella nota"),
    auxiliaries=_phrases("ha|hanno|aveva|è|era|sarà|si|che"),
    media=_phrases(
        "giornale|quotidiano|agenzia|settimanale|rivista|emittente|portale|sito|testata|canale"
    ),
    adjectives=_phrases(
        "unite|uniti|europeo|europea|africano|africana|asiatico|asiatica|americano|americana|"
        "arabo|araba|"
        "nazionale|internazionale|occidentale|orientale"
    ),
    places=_phrases(
        "arcipelago|"  # session 24: an archipelago
        "penisola|repubblica|federazione|regno|mare|oceano|fiume|lago|monti|golfo|stretto|valle|"
        "romagna|venezia|aosta|adige"  # Emilia Romagna, Friuli Venezia Giulia: regions
    ),
)

TURKISH = LanguageCues(
    back_references=_phrases("bunu|bu sözleri|bu açıklamayı|bu ifadeleri"),
    anonymity_forms=(
        r"(?:ad|isim|ism)\w* (?:yazılmaması|açıklanmaması|verilmemesi|kullanılmaması) (?:kaydıyla"
        r"|koşuluyla|şartıyla)",
        # "İsminin yazılmasını istemeyen işletmeci": any case of the name, any verb of giving it
        r"(?:ad|isim|ism)\w* (?:yazılmasını|açıklanmasını|verilmesini|yayımlanmasını|"
        r"belirtilmesini|kullanılmasını) istemeyen",
    ),
    anonymity=_phrases(
        "ismini vermek istemeyen|ismini vermeme koşuluyla|adının açıklanmaması|"
        "isminin açıklanmaması|adını vermek istemeyen|ismini vermeyen|adını vermeyen|"
        "adının açıklanmasını istemeyen|isminin açıklanmasını istemeyen|"
        "adını açıklamak istemeyen|ismini açıklamak istemeyen|adının yazılmamasını isteyerek|"
        "isminin yazılmamasını isteyerek|adının yazılmasını istemeyen|"
        "adının yayımlanmasını istemeyen|isminin yayımlanmasını istemeyen|"
        "kimliğinin açıklanmasını istemeyen|kimliğini açıklamak istemeyen"
    ),
    # present tense and less common reporting verbs (session 5)
    verbs=_phrases(
        "yanıt verdi|karşılık verdi|"  # reactions as speech (session 7)
        "seslendi|"  # addressed: "X, ... Türk turistlere seslendi: “...”"
        "diyor|ifade etti|dile getirdi|belirtiyor|vurguluyor|söylüyor|açıklıyor|uyardı|"
        "hatırlattı|savundu|değerlendirdi|yorumladı|şeklinde konuştu|anlattı|aktardı|iddia etti|"
        "öne sürdü|altını çizdi|derken|diyerek|"
        # session 48: speech announced "as follows", the words in the next paragraph
        "şöyle konuştu|şöyle dedi|şunları söyledi|şunları kaydetti|şöyle devam etti|"
        "şunları ifade etti|şunları belirtti|şunları dile getirdi|şöyle seslendi|"
        "şöyle yanıt verdi|şunları aktardı"
    )
    + _phrases(
        "dedi|diye konuştu|açıkladı|söyledi|ifade etti|vurguladı|belirtti|diye ekledi|ekledi|"
        "iddiasında bulundu|iddia etti|ifadelerine yer verdi|uyarısında bulundu|"
        "kaydetti|dile getirdi|bildirdi|diye yazdı|şeklinde konuştu|açıklamasında bulundu|"
        "değerlendirmesinde bulundu|ifadelerini kullandı|denildi|dedi ve|diye konuştu ve|"
        "açıklamasını yaptı|diye belirtti|diye vurguladı|sözlerini kullandı|diyerek|"
        "diye sordu|yanıtını verdi|aktardı|ifade etmiştir|belirtildi|ifade edildi|"
        "cevabını verdi|"  # session 54: "..., “...” cevabını verdi"
        "ifadelerine yer verildi|ifadelerine yer verdi|açıklamasında bulundu|diyen|diyerek|"
        "ifadesini kullandı|ifadesini kullanan|ifadelerini kullanan|sözlerini kullanan|"
        "ifadesini kullanarak|ifadelerini kullanarak|diye konuşan|şeklinde konuşan|"
        # participles and converbs before the speaker's name: "“...” diye belirten Fidan"
        "diye belirten|diye vurgulayan|diye kaydeden|diyerek konuşan|sözlerini kullanan|"
        # session 57: "“...” dediğini söyleyen Bahçeli": he says he said it
        "dediğini söyleyen|dediğini belirten|"
        "şeklinde konuştu|şeklinde açıklama yaptı|açıklamasında bulunan|diye ekleyen|"
        # "with the words": "X ise “...” sözleriyle tepki gösterdi"
        "sözleriyle tepki gösterdi|sözleriyle yanıt verdi|sözleriyle konuştu|"
        "sözleriyle karşılık verdi|sözleriyle tepki gösteren|sözleriyle çıkıştı|"
        "sözleriyle çıkışan|sözleriyle yanıt veren|sözleriyle karşılık veren|"
        "sözleriyle konuşan|sözleriyle seslendi|sözleriyle seslenen|"
        # session 21: the passive of a statement's words, as AA writes a body's statement
        "ifadesine yer verildi|ifadesine yer verilmişti|ifadelerine yer verilmişti|bildirildi|"
        "kaydedildi|vurgulandı|aktarıldı|ifadeleri kullanıldı|ifadesi kullanıldı"
    ),
    before=_phrases("göre|fikrince"),
    sources=_phrases(
        "adının açıklanmaması|çalışanlarından biri|ismini vermeyen|adını vermeyen|"
        "adı açıklanmayan|ismini vermek istemeyen|isminin açıklanmaması|kaynak|kaynaklar|"
        "kaynağı|kaynakları"
    ),
    indefinite=_phrases("bir"),
    impersonal=_phrases(
        "denildi|belirtildi|ifade edildi|ifadelerine yer verildi|ifadesi yer aldı|"
        "ifadelerine yer verdi|kaydedildi|vurgulandı|ifadesine yer verildi|"
        "ifadesine yer verilmişti|ifadelerine yer verilmişti|bildirildi|aktarıldı|"
        "ifadeleri kullanıldı|ifadesi kullanıldı"
    ),
    statements=_phrases(
        "açıklamada|açıklamasında|bültende|bülteninde|raporda|raporunda|bildiride|"
        "bildirisinde|duyuruda|yazılı açıklamada"
    ),
    pronouns=_phrases("o|onun"),
    titles=_phrases(
        # session 31: owners, prefects and trades the gold gives as roles
        "ornitolog|usta|ustası|"  # session 34: "Usta X", "kəlağayı ustası X"
        # session 24: clergy and archivists
        "rahip|papaz|piskopos|hahambaşı|"
        # professions named as a speaker's title (session 8)
        "profesör|araştırmacı|mühendis|ekonomist|avukat|jeolog|biyolog|"
        # session 24: guides, drivers, fishermen, architects, historians before a name
        "şoför|balıkçı|mimar|arkeolog|tarihçi|öğretmen|"
        # session 32: village trades (producer, worker, tradesman, nurse, hotelier); not
        # muhtar (a given name), çiftçi, çoban, arıcı, bağcı (surnames: Hüseyin Bağcı)
        "üretici|işçi|esnaf|hemşire|otelci|pansiyoncu|"
        "başkonsolos|başkonsolosu|konsolos|konsolosu|akademisyen|rektörü|rektör|dekanı|dekan|vali|"
        "kaymakam|kaymakamı|yazarı|müftüsü|muhtarı|"
        "koordinatörü|raportörü|valisi|savcısı|komutanı|müsteşar|danışman|temsilci|başkanvekili|"
        "gazeteci|"
        "yetkili|yetkilisi|yetkililer|diplomat|diplomatı|diplomatlar|müdür|müdürü|direktörü|"
        "başkan yardımcısı|uzmanı|"
        "danışmanı|komiseri|cumhurbaşkanı|bakan|"
        "bakanı|dışişleri|başbakan|sözcüsü|sözcü|general|büyükelçi|"
        "büyükelçisi|milletvekili|başkanı|başkan|yardımcısı|genelkurmay|lideri|müsteşarı|"
        "valisi|elçisi|temsilcisi|savunma|milli|sekreteri|genel|orgeneral|korgeneral|"
        "belediye başkanı"
    ),
    institutions=_phrases(
        "kurulu|kurul|birliği|birlik|bankası|konseyi|fonu|örgütü|kurumu|teşkilatı|komisyonu|"
        "belediyesi|belediye|valiliği|valilik|kaymakamlığı|"
        "meclisi|"
        "parlamentosu|mahkemesi|müdürlüğü|ittifakı|vakfı|derneği|üniversitesi|bakanlığı|bakanlık|"
        "bakanlığın|hükümet|cumhurbaşkanlığı|meclis|ordu|büyükelçiliği|"
        "sözcülüğü|genelkurmay başkanlığı|başkanlığı|nato|agit|bakanlığı'nın|bakanlığından|"
        "sözcülüğünden|iletişim başkanlığı|şirketi|şirketinden|şirketi'nden|idaresi|idare|"
        "kurum|kurumdan|kurumun|bakanlıktan|bakanlığından|işletmesi|otoritesi|daire|dairesi|"
        "dairenin|"
        "ajansı|enstitüsü"
    ),
    stop_words=_phrases(
        "bu|bir|ve|ile|ama|da|de|dün|bugün|yarın|ayrıca|ancak|ise|pazartesi|salı|çarşamba|"
        "perşembe|cuma|cumartesi|pazar|gazetesi|şu|için|gibi|bunu|bunun|buna|bundan|onu|onun|"
        "şunu|şunları|"
        # plural nouns opening a sentence as its subject ("Vatandaşlar, “...” diyerek"):
        # the people of a place or a trade, no name
        "vatandaşlar|sakinler|esnaflar|yetkililer|uzmanlar|öğrenciler|veliler|çiftçiler|"
        "işçiler|muhalifler|eylemciler"
    ),
    inflected=True,
    media=_phrases("gazetesi|gazete|ajansı|ajans|dergisi|kanalı|portalı|sitesi"),
    adjectives=_phrases(
        "güvenlik|politika|savunma|enerji|insan|hakları|dış|iç|yüksek|ilişkiler|merkez|"
        "halk|ekonomik|sosyal|ticaret|işbirliği|avrupa|"
        "asya|afrika|amerika|uluslararası|ulusal|dünya|arap|"
        "birleşmiş"
    ),
    places=_phrases(
        "yarımada|yarımadası|cumhuriyeti|federasyonu|krallığı|deniz|denizi|okyanus|nehri|dağları|"
        "gölü|körfezi|boğazı|"
        "parkı|meydanı|caddesi|sokağı|bulvarı|köprüsü|havalimanı|limanı|"  # session 52
        "adası|burnu"
    ),
)

AZERBAIJANI = LanguageCues(
    back_references=_phrases("bunu|bu barədə|bu haqda|bu sözləri"),
    anonymity_forms=(r"ad\w* (?:çəkilməməsi|açıqlanmaması|yazılmaması) (?:şərtilə|şərti ilə)",),
    anonymity=_phrases(
        "adının açıqlanmamasını|adını açıqlamaq istəməyən|adının çəkilməməsini|adının çəkilməməsi|"
        "adının çəkilməsini istəməyən|adının açıqlanmasını istəməyən|adını çəkmək istəməyən|"
        # session 31: the converb, "without wanting his name given"
        "adının çəkilməsini istəmədən|adının açıqlanmasını istəmədən"
    ),
    verbs=_phrases(
        "cavab verib|"  # reactions as speech (session 7)
        "cavabını verib|"  # session 54: "«...» - cavabını verib", gave (this) answer
        "rəyi verib|rəy verib|"  # session 46: "gave the opinion", a review's cue
        "hesab edir|hesab edib|düşünür|"  # session 24: "considers that" before "ki, “...”"
        "bildirilib|qeyd olunub|vurğulanıb|deyilib|deyə bildirilib|deyə bildirib|bildirib|deyib|"
        "əlavə edib|vurğulayıb|qeyd edib|bəyan edib|"
        "xəbərdarlıq edir|xəbərdarlıq edib|"
        "bəyanat yayıb|açıqlayıb|söyləyib|deyilir|məlumat yayıb|diqqətə çatdırıb|xatırladıb|"
        "deyə əlavə edib|deyə vurğulayıb|deyə qeyd edib|bildirdi|dedi|əlavə etdi|qeyd etdi|"
        "deyən|deyərək|deyə vurğulayan|deyə bildirən|deyə qeyd edən|söyləyən|bildirilir|"
        "qeyd olunur|vurğulanır|deyə danışıb|"
        # session 47: the pluperfect of a review looking back ("O bildirmişdi ki, ...: “...”")
        "bildirmişdi|demişdi|qeyd etmişdi|əlavə etmişdi|"
        # session 31: the present ("– 67 yaşlı çayçı X deyir"); not "danışıb" alone, which is
        # also "talked with" (cost a blind speaker), nor "bildirir" ("Qanun bildirir ki": the
        # law states)
        "deyir|"
        "yazıb"  # session 52: a post quoted, "“...”, - o yazıb"
    ),
    statements=_phrases("məlumatında|bəyanatında|açıqlamasında|hesabatında|məlumata görə"),
    sources=_phrases("mənbə|mənbələr|mənbəyi|mənbələri"),
    before=_phrases("görə|sözlərinə görə|fikrincə|fikrinə görə"),
    impersonal=_phrases(
        "bildirilib|qeyd olunub|vurğulanıb|deyilib|deyə bildirilib|deyilir|bildirilir|"
        "qeyd olunur|vurğulanır"
    ),
    pronouns=_phrases("o|onun"),
    titles=_phrases(
        "ekoloq|fermeri|"  # not "fermer": French "to close"
        "rəis|müdir|müdiri|həkimi|usta|ustası|"  # session 34: master craftsman
        "prezident|prezidenti|nazir|naziri|baş|sədr|sədri|səfir|səfiri|başçısı|rəhbəri|"
        "sözçüsü|deputat|müavini|general|köməkçisi|nümayəndəsi|katibi|akim|akimi|vitse-prezident|"
        "vitse-prezidenti|rəisi|direktoru|icraçı|başçısı|meri|sədri|başçı|"
        # session 24: trades and professions before a name (economist, guide, driver...)
        "iqtisadçı|bələdçi|sürücü|balıqçı|memar|arxeoloq|geoloq|bioloq|tarixçi|"
        "müəllim|ekspert|politoloq|hüquqşünas|mühəndis|professor|tədqiqatçı|sakini"
    ),
    institutions=_phrases(
        "ittifaq|bankı|şura|fondu|təşkilat|komissiya|nazirliy|nazirlik|hökumət|administrasiya|"
        "hakimiyyəti|hakimiyyətinin|"
        "aparat|səfirlik|parlament|məclis|ordu|şirkət|şirkətdən|"
        "mətbuat xidməti|nato|ati|bank|idarəsi|agentliyi|komitəsi|xidməti|şirkəti|yolları|"
        "agentlik|"  # session 28: "Agentlikdən bildirilib": the agency stated
        "qoşunları|qoşunlarının"
    ),
    stop_words=_phrases(
        "deyə|bu|bir|və|ilə|amma|da|də|dünən|bu gün|sabah|həmçinin|lakin|bazar|çərşənbə|cümə|"
        "şənbə|qəzeti|üçün|kimi|bunu|bunun|buna|bundan|onu|onun|"
        "ərəb|"  # session 39: "Misir Ərəb Respublikası", Egypt's name
        "müsahibim|müsahibimiz"  # "Müsahibim Vidadi müəllim": my interviewee, then the name
    ),
    inflected=True,
    media=_phrases("qəzeti|qəzet|agentliyi|portalı|saytı|jurnalı|kanalı"),
    adjectives=_phrases(
        "avropa|asiya|afrika|amerika|beynəlxalq|milli|dünya|şərq|qərb|birləşmiş|mərkəzi|"
        "cənubi|şimali|qərbi|şərqi|cənub|şimal|xəzər|qafqaz|orta"
    ),
    places=_phrases("dəniz|dənizi|çayı|gölü|dağları"),
)

ARMENIAN = LanguageCues(
    back_references=_phrases("այս մասին|այդ մասին"),
    anonymity=_phrases(
        "չնշել իր անունը|անունը չհրապարակելու պայմանով|անանուն մնալու պայմանով|"
        "չի ցանկացել ներկայանալ|չցանկացավ ներկայանալ"
    ),
    verbs=_phrases(
        # session 31: "convinced that", as a cue
        "համոզված է|համոզված են|վստահ է|"
        "հայտարարել է|ասել է|ավելացրել է|նշել է|ընդգծել է|հայտնել է|հայտնում են|հայտնում է|"
        "կրկնել է|"  # session 46: "repeated"
        "բողոքել է|դժգոհել է|զգուշացրել է|զգուշացրեց|հիշեցրել է|հիշեցրեց|"
        # session 30: complaint and assurance in the aorist
        "դժգոհեց|վստահեցրեց|վստահեցրել է|"
        "գրել է|շեշտել է|պնդել է|պատասխանել է|հավելել է|հայտարարեց|ասաց|ավելացրեց|նշեց|"
        "ընդգծեց|հայտնեց|նշել են|ասել են|հայտարարել են|ընդգծել են|հաղորդում են|հաղորդում է|"
        "հաղորդել է|տեղեկացնում են|տեղեկացրել են|նշված է|ասված է|նշվում է|ասվում է|"
        # session 21: the plural perfect and aorist, as a body's people report
        "հայտնել են|հաղորդել են|հայտնեցին|հաղորդեցին|նշեցին|ասացին|"
        # session 26: added, explained, clarified, says, noted, assured, promised
        "հավելեց|բացատրեց|բացատրել է|պարզաբանեց|պարզաբանել է|ասում է|նկատեց|նկատել է|"
        "հավաստիացրեց|հավաստիացրել է|խոստացավ|խոստացել է|"
        # session 33: answered (aorist), as Armenian news writes it
        "պատասխանեց|"
        # session 44: joked, responded, asked, stressed (aorist and perfect); the one asked
        # is in the dative ("հարցրեց լրագրողը վարչապետ X-ին"), no speaker
        "կատակեց|կատակել է|արձագանքեց|արձագանքել է|հարցրեց|հարցրել է|շեշտեց|շեշտել է|"
        # session 32: reminds, complains, thinks (the present, as reviews write it)
        "հիշեցնում է|բողոքում է|դժգոհում է|կարծում է|"
        # session 48: the present of assuring, noting, stressing, declaring, insisting
        "վստահեցնում է|նշում է|ընդգծում է|հայտարարում է|պնդում է|հավելում է|շեշտում է|"
        "բացատրում է"
    ),
    impersonal=_phrases("նշված է|ասված է|նշվում է|ասվում է"),
    statements=_phrases(
        "հայտարարության|հայտարարությունում|հաղորդագրության|հաղորդագրությունում|"
        "հաղորդագրությամբ|հայտարարությամբ"
    ),
    before=_phrases("համաձայն|ըստ|խոսքով|խոսքերով|կարծիքով|նրա խոսքով|նրա խոսքերով|նրա կարծիքով"),
    sources=_phrases(
        "աղբյուր|աղբյուրը|աղբյուրներ|աղբյուրի|աղբյուրների|անանուն|անունը չհրապարակելու"
    ),
    indefinite=_phrases("մի"),
    pronouns=_phrases("նա|նրանք"),
    titles=_phrases(
        # session 51: Mrs and Mr before a surname ("Տիկին Ավանեսյան"), forms of address
        "տիկին|պարոն|"
        "նախագահ|վարչապետ|նախարար|դեսպան|խոսնակ|պատգամավոր|գեներալ|ղեկավար|տեղակալ|"
        "քարտուղար|փոխնախարար|փոխվարչապետ|նախագահի|ներկայացուցիչ|"
        "մարզպետ|քաղաքապետ|համայնքապետ|տնօրեն|ռեկտոր|դատախազ|պետ|"
        # session 21: governor, head, trustee, priest, prelate, chair
        "կառավարիչ|վարիչ|հոգաբարձու|քահանա|առաջնորդ|ատենապետ|"
        # clergy (Տեր before a married priest's name, pastor, bishop) and professions
        "տեր|հովիվ|վարդապետ|եպիսկոպոս|արքեպիսկոպոս|ճարտարապետ|հնագետ|պատմաբան|տնտեսագետ|"
        "փորձագետ|վերլուծաբան|բժիշկ|ուսուցիչ|ֆերմեր|գյուղապետ|"
        # session 24: deputy mayor, commissioner, guide, geologist, driver, fisherman
        "փոխքաղաքապետ|հանձնակատար|զբոսավար|երկրաբան|վարորդ|ձկնորս|կաթողիկոս|վերականգնող|"
        # session 26: a resident named after the village's genitive
        "բնակիչ|բնակչուհի"
    ),
    # Acronyms take their case ending after a hyphen (ԱԳՆ-ից: from the foreign ministry).
    institutions=_phrases(
        "նախարարություն|կառավարություն|աշխատակազմ|դեսպանատուն|խորհրդարան|ագն|աած|կըհ|նգն|"
        "կբ|կենտրոնական բանկ|պն|արտգործնախարարություն|քաղաքապետարան|ընկերություն|"
        # session 24: administration, office, directorate, committee, fund, union, service
        "վարչություն|գրասենյակ|տնօրինություն|հիմնադրամ|միություն|"
        "տեսչություն|գործակալություն|հանձնաժողով|ինստիտուտ|թանգարան|համալսարան|կոմիտե"
    ),
    stop_words=_phrases("և|որ|այս|այդ|իսկ|բայց|նաև|երեկ|այսօր|վաղը"),
    auxiliaries=_phrases("է|են|էր|էին"),
    inflected=True,
)

# Georgian has no capital letters: names are found after a title or a cue (persons.py), and
# titles/institutions are stems that take case endings (მინისტრ-მა, სამინისტრო-ში).
GEORGIAN = LanguageCues(
    back_references=_phrases("ამის შესახებ|ამის თაობაზე"),
    anonymity_forms=(
        r"ვინაობ(?:ა|ის) (?:არ )?(?:დაასახელა|გაამხილა|გაამჟღავნა|გამხელა|გამჟღავნება|დასახელება)",
        r"ვინაობის (?:დასახელება|გამხელა|გამჟღავნება) არ (?:ისურვა|მოისურვა|სურდა)",
        r"ვინაობის (?:დასახელებაზე|გამხელაზე|გამჟღავნებაზე) უარი (?:თქვა|განაცხადა)",
        r"ვინაობის (?:დასახელებას|გამხელას|გამჟღავნებას) (?:ერიდება|ერიდებოდა|არიდებს)",
        # session 32: "who does not give a name" (რომელიც სახელს არ ასახელებს)
        r"სახელ(?:ს|ი) არ (?:ასახელებს|დაასახელა|ამბობს|თქვა)",
    ),
    anonymity=_phrases("ვინაობის გამჟღავნება|რომელმაც ვინაობის დასახელება|ანონიმურობის პირობით"),
    verbs=_phrases(
        # session 31: "convinced that", as a cue
        "დარწმუნებულია|"
        "განაცხადა|თქვა|დასძინა|აღნიშნა|განმარტა|ხაზი გაუსვა|დაწერა|აცხადებს|აცხადებენ|"
        "აღნიშნავს|ამბობს|დაადასტურა|გამოაცხადა|მიიჩნევს|უპასუხა|განაცხადეს|აღნიშნეს|"
        "თქვეს|გააკეთა განცხადება|ნათქვამია|ნათქვამია განცხადებაში|გვითხრა|განუცხადა|"
        # told us, tells us, explained, added, warned: as reporters write them
        # (not "უთხრა": the one told, in the dative, would open the name after it)
        "გვიამბო|მოგვიყვა|გვიყვება|გვიხსნა|განგვიმარტა|გვიპასუხა|დაამატა|გააფრთხილა|"
        "ამბობენ|აღნიშნავენ|"
        # session 32: thinks, considers, complains, recalls (present tense, as reviews write)
        "ფიქრობს|მიაჩნია|ჩივის|იხსენებს|"
        # session 33: answers, spoke, adds (present), noted
        "პასუხობს|ისაუბრა|დასძენს|ამატებს|შენიშნა|"
        # session 53: addressed (the one addressed in the dative after the ergative subject)
        "მიმართა|ასე მიმართა|"
        # session 59: tells (present), as reviews write it after the one speaking and his
        # title ("- ადა მარშანია, ... დეპუტატი ეუბნება „ვერსიას“")
        "ეუბნება"
    ),
    before=_phrases("მისი თქმით|მისივე თქმით|თქმით|მიხედვით|განცხადებით|სიტყვებით"),
    sources=_phrases("წყარო|წყაროს|წყარომ|წყაროები|ერთ-ერთმა|ერთ-ერთი"),
    pronouns=_phrases("მან|ის|მათ"),
    titles=_phrases(
        # session 24: clergy and archivists
        "ეპისკოპოს|მიტროპოლიტ|პატრიარქ|მეუფე|დეკანოზ|იღუმენ|"
        "პრეზიდენტ|პრემიერ-მინისტრ|პრემიერ|მინისტრ|მინისტრის მოადგილე|ელჩ|სპიკერ|"
        "თავმჯდომარე|ლიდერ|დეპუტატ|მერ|გენერალ|მდივან|წარმომადგენელ|ხელმძღვანელ|"
        "მრჩეველ|ომბუდსმენ|დირექტორ|კანცლერ|ანალიტიკოს|ექსპერტ|გარემოსდამცველ|ეკოლოგ|"
        "მეცნიერ|პროფესორ|ფერმერ|აქტივისტ|ადვოკატ|ჟურნალისტ|გამგებელ|რექტორ|მენეჯერ|"
        "კაიმაკამ|მოვაჭრე|არქეოლოგ|ორგანიზატორ|ისტორიკოს|გეოლოგ|ბიოლოგ|ინჟინერ|არქიტექტორ|"
        "მკვლევარ|კოორდინატორ|სპეციალისტ|დამფუძნებელ|"
        # session 18: occupations before a name (guide, tour operator, driver, teacher...)
        "გიდ|ტუროპერატორ|მძღოლ|მასწავლებელ|ექიმ|პენსიონერ|სტუდენტ|მეთევზე|მეპატრონე|"
        "გუბერნატორ|ბიზნესმენ|მეწარმე|უფროს|მცხოვრებ|მაცხოვრებელ|"
        # farm trades named before the name (shepherd, winemaker, beekeeper, herdsman)
        "მეცხვარე|მეღვინე|მეფუტკრე|მესაქონლე|მებაღე|მევენახე|"
        # session 24: restorers, keepers, clergy, artists and curators before a name
        "რესტავრატორ|კონსერვატორ|მცველ|მღვდელ|წინამძღვარ|კურატორ|მხატვარ|მოქანდაკე|"
        "მწერალ|ფოტოგრაფ|ტურისტ|"
        # session 25: sciences and owners (hydrogeologist, economist, volcanologist, owner)
        "ჰიდროგეოლოგ|ჰიდროლოგ|სეისმოლოგ|ვულკანოლოგ|კლიმატოლოგ|სოციოლოგ|პოლიტოლოგ|"
        "ეკონომისტ|ფინანსისტ|მფლობელ|სპელეოლოგ|ბოტანიკოს|ზოოლოგ|"
        # session 32: a village's resident and its headman (Turkish muhtar), scholars in
        # -მცოდნე (art historian, linguist)
        "მკვიდრ|ხელოვნებათმცოდნე|ენათმცოდნე|პრესსპიკერ|პრეს-სპიკერ|"
        # the headman in his cases, not the stem: მუხთარ alone is the given name Mukhtar
        "მუხთარი|მუხთარმა|მუხთარის|მუხთარს|"
        # trades in the circumfix მე-...-ე, listed one by one: surnames and other words take
        # that shape too (მელაძე, მენაბდე, მეოცნებე: a dreamer); not მეურნე, the stem of
        # მეურნეობა (agriculture: სოფლის მეურნეობის სამინისტრო)
        "მეცხობე|მენავე|მემანქანე|მედროვე|მეხანძრე|მესაზღვრე|მესაკუთრე|მეტყევე|"
        "მებოსტნე|მეწაღე|მეეზოვე|მეხილე|მერძევე|მეწისქვილე"
    ),
    institutions=_phrases(
        "სამინისტრო|მთავრობ|ადმინისტრაცი|პარლამენტ|საელჩო|სამსახურ|აპარატ|კომისი|ოფის|"
        "უწყებ|ნატო|ეუთო"
    ),
    stop_words=_phrases(
        "და|რომ|ეს|ის|ამ|იმ|მაგრამ|ასევე|გუშინ|დღეს|ხვალ|კი|თუ|არ|უკვე|მისი|მათი|ინტერვიუ"
    ),
    impersonal=_phrases("ნათქვამია|ნათქვამია განცხადებაში"),
    inflected=True,
)

UKRAINIAN = LanguageCues(
    topics=_phrases("про|о|об|описує|аналізує"),
    back_references=_phrases("про це|про що"),
    anonymity_forms=(
        r"не назва[вл]\w* сво\w+ (?:прізвища|прізвище|імені|ім['’]я)",
        r"(?:по)?бажав\w* (?:залишитися|лишитися) (?:анонімн|невідом)\w+",
        r"попроси\w+ не (?:називати|вказувати|розголошувати) (?:його|її|сво\w+ )?(?:ім['’]я|імені"
        r"|прізвище|прізвища)",
        r"не (?:захоті|побажа)\w+ (?:назватися|представитися|представлятися|називатися"
        r"|назвати себе)",
    ),
    anonymity=_phrases(
        "на умовах анонімності|побажав залишитися анонімним|побажала залишитися анонімною|"
        "попросив не називати|попросила не називати"
    ),
    contrasts=_phrases("тоді як|в той час як"),
    # present tense and less common reporting verbs (session 5)
    verbs=_phrases(
        # session 31: "convinced that", as a cue
        "переконаний|переконана|переконані|впевнений|впевнена|"
        # session 18: neuter and plural forms, as bodies and their people speak
        "повідомило|заявило|зазначило|наголосило|уточнило|пояснило|наголосили|уточнили|пояснили|додали|додало|відповіли|відповіло|"
        "відреагував|відреагувала|"  # reactions as speech (session 7)
        "прогнозує|прогнозував|прогнозувала|"  # session 30: a forecast as speech
        "підтвердив|підтвердила|поскаржився|поскаржилася|застеріг|застерегла|"  # session 19
        "пояснив|пояснила|нагадав|нагадала|попередив|попередила|визнав|визнала|відзначив|"
        "відзначила|розповів|розповіла|вважає|каже|зауважив|зауважила|запевнив|запевнила|"
        "наголошує|підсумував|підсумувала|уточнив|уточнила|закликав|закликала|констатував|"
        "констатувала|відповів|відповіла|пообіцяв|пообіцяла|повідомляє|зазначає|заявляє|"
        "підкреслює|говорить|зізнався|зізналася|написала у|написав у|"
        # present tense of insisting and denying, as reviews alternate two speakers (not
        # "відповідає": also "meets", as a project meets the norms)
        "наполягає|наполягав|наполягала|заперечує|заперечив|заперечила|пояснює|"
        "пожартував|пожартувала|"
        "розповідає|зауважує|запевняє|попереджає|переконує|стверджує|"
        "коментує|прокоментував|прокоментувала|обурюється|скаржиться|уточнює|"
        # session 39: "- продовжила журналіст" (not "продовжує": "continues to", before any
        # verb, "продовжує працювати")
        "продовжив|продовжила|обурився|обурилася|відрізав|відрізала|"
        # session 64: a paper's or an author's present, as reviews write ("– пише видання")
        "пише|пишуть|іронізує|резюмує|підсумовує"
    )
    + _phrases(
        "заявив|заявила|сказав|сказала|додав|додала|зазначив|зазначила|наголосив|наголосила|"
        "повідомив|повідомила|підкреслив|підкреслила|написав|написала|йдеться|"
        "йдеться в повідомленні|повідомили|заявили|"
        "йдеться у повідомленні|йдеться в заяві|йдеться у заяві|йдеться в документі|"
        "йдеться у документі|"
        # session 21: plurals, as a body's people speak ("У Міністерстві ... зазначили, що"),
        # and the statement's other spellings
        "зазначили|нагадали|запевнили|підкреслили|заперечили|підтвердили|попередили|"
        "ідеться|ідеться в повідомленні|ідеться у повідомленні|ідеться в заяві|ідеться у заяві|"
        "сказано|сказано в повідомленні|сказано у повідомленні|сказано в заяві|сказано у заяві"
    ),
    sources=_phrases(
        "мешканець|мешканка|очевидець|очевидиця|співрозмовник агентства|"
        # in the genitive, after "the words of" ("слова мешканки ...:")
        "мешканки|мешканця|очевидця|очевидиці|"
        "джерело|джерела|співрозмовник|співрозмовниця"
    ),
    before=_phrases("за словами|на думку|як заявив|як повідомив|за його словами|за її словами"),
    pronouns=_phrases("він|вона|вони"),
    titles=_phrases(
        # session 31: owners, prefects and trades the gold gives as roles
        "фермер|"
        "пасічник|пасічниця|"
        # session 24: clergy and archivists
        "єпископ|архієпископ|митрополит|священник|протоієрей|настоятель|ігумен|патріарх|"
        "архіваріус|"
        # professions named as a speaker's title (session 8)
        "дослідник|дослідниця|інженер|економіст|юрист|адвокат|геолог|біолог|ректор|"
        "засновник|орнітолог|орнітологиня|еколог|кліматолог|"
        "екологиня|держсекретар|держсекретарка|примар|архітектор|архітекторка|"
        "міністерка|посолка|мер|губернатор|начальник|начальниця|директор|директорка|командувач|"
        "командир|віцепрем'єр|віце-прем'єр|заступниця|радниця|старійшина|депутатка|експерт|експертка|"
        "аналітик|аналітикиня|політолог|гідролог|гідрологиня|науковець|науковиця|прессекретар|"
        "прес-секретар|спікер|спікерка|очільниця|"
        "керівниця|прокурор|губернаторка|уповноважений|уповноважена|омбудсман|лідер|лідерка|"
        "голова правління|"
        "реставратор|президент|міністр|прем'єр-міністр|прем'єр|посол|речник|речниця|депутат|голова|"
        "генерал|представник|радник|заступник|секретар|очільник|керівник"
    ),
    institutions=_phrases(
        # session 24: church bodies
        "єпархі|"
        # session 29: courts by their kind ("суд" alone also opens "судно", "судження")
        "районний суд|міський суд|апеляційний суд|господарський суд|адміністративний суд|"
        "окружний суд|верховний суд|конституційний суд|"
        "служб|відомств|комітет|управлінн|агентств|компані|генштаб|командуванн|прокуратур|кабмін|"
        "прес-служб|"  # session 43: the hyphen hides "служб" ("– зазначає прес-служба")
        "мвс|сбу|дснс|зсу|міськрад|обладміністраці|держслужб|"
        "міністерств|мзс|міноборони|уряд|адміністраці|посольств|парламент|офіс|університет|"
        "інститут|дирекці|академія|академії|академію|академією|"
        # session 53: the parliament and its factions by name ("голова Верховної Ради")
        "верховн|партія|партії|партію|партією|фракці"
    ),
    impersonal=_phrases(
        "йдеться|йдеться в повідомленні|йдеться у повідомленні|йдеться в заяві|йдеться у заяві|"
        "йдеться в документі|йдеться у документі|зазначається|наголошується|повідомляється|"
        "ідеться|ідеться в повідомленні|ідеться у повідомленні|ідеться в заяві|ідеться у заяві|"
        "сказано|сказано в повідомленні|сказано у повідомленні|сказано в заяві|сказано у заяві"
    ),
    statements=_phrases("повідомлення|повідомленні|заява|заяві|документ|документі"),
    # "У Мукачівській міській раді повідомили": in the council, no one named Мукачівська
    adverbials=_phrases("у|в|після|під час|перед"),
    stop_words=_phrases(
        "в|у|на|по|і|й|та|але|він|вона|вони|це|як|при|з|вчора|сьогодні|обидва|обидві|усі|всі|"
        "детальніше|докладніше"
    ),
    inflected=True,
)

PORTUGUESE = LanguageCues(
    topics=_phrases("sobre|acerca de|a propósito de|descreve|analisa|abre com|dedica a manchete a"),
    back_references=_phrases("foi o que|a afirmação é de|a declaração é de"),
    anonymity_forms=(
        r"(?:pediu|pede|preferiu|prefere) (?:para )?não (?:ser identificad[oa]s?|se identificar"
        r"|dar o (?:seu )?nome|revelar o (?:seu )?nome)",
        r"não quis (?:ser identificad[oa]s?|se identificar|dar o (?:seu )?nome)",
    ),
    anonymity=_phrases(
        "que pediu para não ser identificado|que pediu para não ser identificada|"
        "que pediu anonimato|sob anonimato|sob condição de anonimato|"
        "sob a condição de anonimato"
    ),
    contrasts=_phrases("enquanto|enquanto que|ao passo que"),
    # present tense and less common reporting verbs (session 5)
    verbs=_phrases(
        # session 31: "convinced that", as a cue
        "está convencido|está convencida|mostra-se convencido|mostra-se convencida|"
        # session 18: common reporting verbs the table lacked
        "advertiu|pediu|recomendou|sugeriu|"
        "reagiu|reagiram|"  # reactions as speech (session 7)
        "rebateu|rebate|retrucou|ripostou|"  # retorts (session 9)
        "perguntou|completou|"  # questions and endings (session 10)
        "descreveu|descreve|classificou|classifica|qualificou|qualifica|definiu|define|chamou|"
        "contou|conta|relatou|revelou|"
        "diz|explica|defende|alerta|adverte|garante|lembra|considera|reconhece|acrescenta|"
        "insiste|frisa|frisou|ressalvou|ressalva|salienta|salientou|sublinha|afirma|declara|"
        "refere|admite|admitiu|avisa|avisou|critica|criticou|denuncia|denunciou|aponta|apontou|"
        "recorda|recordou|conclui|concluiu|"
        "escreve|escrevem|pergunta|pede|"  # session 45: the present of verbs listed in the past
        "menciona|mencionou"  # session 56: 'A “Folha” menciona também o caso de X: “...”'
    )
    + _phrases(
        "garantiram|afirmaram|disseram|referiram|adiantaram|indicaram|explicaram|sublinharam|"
        "declararam|acrescentaram|avisaram|acusou|criticou|lamentou|prometeu|exigiu|reclamou|"
        "enfatizou|apontou|esclareceu|vincou|"
        "assinalou|realçou|notou|rematou|ironizou|contrapôs|desabafou|resumiu|ressaltou|comentou|questionou|avançou|revelou|confirmou|negou|"
        "disse|afirmou|declarou|acrescentou|sublinhou|destacou|explicou|referiu|salientou|"
        "gracejou|brincou|elogiou|alegou|citou|repetiu|"
        "garantiu|assegurou|indicou|frisou|observou|lembrou|concluiu|escreveu|adiantou|"
        "defendeu|considerou|alertou|reconheceu|acusou|anunciou|informou|respondeu|"
        "comunicou|avisou|admitiu|insistiu|reiterou|precisou|declarou ainda|disse ainda|"
        "lê-se|lê-se no comunicado|refere|sublinha|afirma|indica|assegura|salienta|"
        # session 48: an opening statement ("começou por dizer o primeiro-ministro")
        "começou por dizer|começou por afirmar|começou por referir|começou por explicar|"
        "começou por sublinhar|considera|"
        "desmente|desmentiu|nega"  # session 52: "o Ministério da Saúde desmente a notícia"
    )
    + _phrases(
        "afirmando|dizendo|sublinhando|garantindo|acrescentando|explicando|alertando|frisando|"
        "insistindo|lembrando|salientando|assegurando|reiterando|destacando|defendendo|"
        "referindo|adiantando"  # session 52: "desmente a notícia, referindo que «...»"
    ),
    before=_phrases(
        "segundo|de acordo com|para|na visão de|na visão do|na visão da|na opinião de|"
        "na opinião do|na opinião da|no entender de|no entender do|no entender da"
    ),
    sources=_phrases(
        "sob anonimato|pediu anonimato|fonte|fontes|testemunha|manifestante|morador|moradora"
    ),
    impersonal=_phrases("lê-se|lê-se no comunicado"),
    statements=_phrases("comunicado|nota|declaração|texto|sentença|acórdão"),
    listeners=_phrases("aos jornalistas|à imprensa|à agência|aos meios de comunicação"),
    indefinite=_phrases("um|uma"),
    adverbials=_phrases("em|após|durante|no|na|ao|aos|à|às|depois|perante|antes|desde|com"),
    pronouns=_phrases("ele|ela"),
    articles=_phrases("o|a|os|as|um|uma|seu|sua|do|da"),
    titles=_phrases(
        "goleiro|guarda-redes|atacante|zagueiro|"  # session 62: sport
        # session 46: scholars a digest credits
        "historiador|historiadora|sociólogo|socióloga|"
        "candidato|candidata|"  # session 49: "candidato à prefeitura do Rio"
        # session 31: owners, prefects and trades the gold gives as roles
        "dono|proprietário|proprietária|"
        "gerente|vendedor|vendedora|promotor|promotora|"
        "técnico|treinador|treinadora|selecionador|seleccionador|"  # session 43: coaches
        # session 24: clergy and archivists
        "bispo|arcebispo|pároco|sacerdote|cardeal|arquivista|"
        # professions named as a speaker's title (session 8)
        "administrador|administradora|"
        "pesquisador|pesquisadora|engenheiro|engenheira|advogado|advogada|geólogo|geóloga|biólogo|bióloga|reitor|reitora|"
        "prefeito|prefeita|vereador|vereadora|edil|"  # local officials (session 8)
        "titular|coordenador|coordenadora|relator|relatora|delegado|delegada|provedor|provedora|"
        "governante|governador|governadora|autarca|"
        "procurador|procuradora|juiz|juíza|conselheiro|conselheira|assessor|assessora|comissário|"
        "comissária|vice-presidente|secretário-geral|secretária-geral|diplomata|funcionário|"
        "funcionária|responsável|senador|"
        "senadora|diplomata|presidente|ministro|ministra|primeiro-ministro|"
        "primeira-ministra|porta-voz|embaixador|"
        "general|deputado|secretário|chefe|líder|diretor|alto|representante|investigador|"
        "investigadora|analista|especialista|professor|professora|economista|presidenta|"
        "diretora|secretária|comandante|deputada|embaixadora|governador|governadora|homólogo|"
        "homóloga"
    ),
    institutions=_phrases(
        # session 24: church bodies
        "diocese|paróquia|"
        "convenção|"  # session 55: "a Convenção Constitucional"
        # session 32: Galician bodies named in their own language (o Servizo Galego de Saúde)
        "servizo|concello|deputación|"
        "laboratório|"  # session 29: a public research body (Laboratório Regional de ...)
        "mineração|mineradora|concessionária|parque nacional|parque natural|"
        "sociedade|cooperativa|confederação|prefeitura|defesa civil|proteção civil|protecção civil|"
        "electricidade|eletricidade|transportes|telecomunicações|caminhos de ferro|"
        "câmara municipal|município|região|direção-geral|capitania|marinha|sindicato|hospital|"
        "casa branca|planalto|itamaraty|palácio|nações|banco|fundo|instituto|união|organização|"
        "base aérea|base|brigada|regimento|batalhão|comando|universidade|"
        "estado|"
        "aliança|federação|associação|"
        "tribunal|"
        "senado|"
        "congresso|câmara|assembleia|fundação|universidade|banco central|ministério|governo|"
        "presidência|embaixada|parlamento|exército|gabinete|serviço|"
        "assessoria|porta-voz do governo|delegação|missão|polícia|procuradoria|autoridades|"
        "procuradoria-geral|empresa|companhia|"
        "comissão|conselho|agência|comité|partido|força aérea|forças armadas|estado-maior|"
        "autoridade|administração|direção|direcção"
    ),
    stop_words=_phrases(
        "depois|porque|embora|"  # session 62: conjunctions opening a sentence
        "o|a|os|as|um|uma|em|no|na|nos|nas|num|numa|por|pelo|pela|com|mas|e|ontem|hoje|amanhã|"
        "também|segundo|de|do|da|esta|este|após|durante|sobre|entre|para|ao|à|aos|que|"
        "assim|agora|entretanto|enquanto|era"  # "Era David J. Harris, diretor do ...": a verb
        # a plan's or a decree's name, not a person's: "Plano de Recuperação e Resiliência",
        # "Decreto Sicurezza"
        "|plano|decreto"
    ),
    connectors=_phrases("de|do|da|dos|das"),
    auxiliaries=_phrases("tem|foi|é|era|será|que"),
    media=_phrases("jornal|diário|agência|semanário|revista|canal|portal|site|coluna"),
    adjectives=_phrases(
        "unidas|europeu|europeia|africano|africana|asiático|asiática|americano|americana|árabe|"
        "nacional|"
        "internacional|lusófono|lusófona|ocidental|oriental|nacionais|energética|energéticas|"
        "portuguesa|portuguesas|europeias"
    ),
    places=_phrases(
        "península|república|federação|reino|mar|oceano|rio|lago|montanhas|golfo|arquipélago"
    ),
)

# What a ruling or a statement says, read by the reporter ("– czytamy w uzasadnieniu
# wyroku"): a cue with no person behind it, so both a verb and an impersonal one (session 29).
POLISH_READ_IN = _phrases(
    "czytamy w uzasadnieniu|czytamy w uzasadnieniu wyroku|czytamy w wyroku|"
    "czytamy w komunikacie|czytamy w oświadczeniu|czytamy w decyzji|"
    "czytamy w postanowieniu|czytamy"
)

POLISH = LanguageCues(
    topics=_phrases("opisuje|analizuje"),  # not "o": "or" in es, it, pt
    back_references=_phrases("o tym|poinformował o tym|poinformowała o tym"),
    anonymity_forms=(
        r"zastrzeg\w+ (?:sobie )?anonimowość",
        r"prosz\w+ o (?:anonimowość|niepodawanie nazwiska)",
        r"nie chc\w+ (?:podawać|ujawniać|podać|ujawnić) (?:(?:swojego|swego) )?nazwiska",
    ),
    anonymity=_phrases(
        "zastrzegł anonimowość|zastrzegła anonimowość|prosił o anonimowość|"
        "prosiła o anonimowość|poprosił o anonimowość|poprosiła o anonimowość|"
        "pragnący zachować anonimowość|chcący zachować anonimowość|"
        "nie chciał ujawniać nazwiska|proszący o anonimowość|by nie podawać jego nazwiska|"
        "by nie podawać jej nazwiska|prosi o niepodawanie nazwiska|prosi o anonimowość"
    ),
    contrasts=_phrases("podczas gdy|natomiast"),
    # present tense and less common reporting verbs (session 5)
    verbs=POLISH_READ_IN
    + _phrases(
        # session 31: "convinced that", as a cue
        "jest przekonany|jest przekonana|jest pewien|jest pewna|"
        # session 18: neuter and plural forms, as bodies and their people speak
        "poinformowało|przekazało|podało|oświadczyło|zapewniło|wyjaśniło|przekazali|podali|poinformowali|oświadczyli|zapewnili|wyjaśnili|dodało|dodali|"
        # telling as speech (session 8)
        "opowiada|opowiedział|opowiedziała|opowiadał|opowiadała|relacjonował|relacjonowała|"
        "ucina|kwituje|skwitował|skwitowała|przekonuje|ostrzega|zapewnia|wyjaśnia|"
        "komentuje|przyznaje|zauważa|podsumowuje|"
        "zareagował|zareagowała|uciął|ucięła|odparł|odparła|odpowiada|"  # reactions (session 7)
        "obiecał|obiecała|"
        "przyznał|przyznała|ocenił|oceniła|powtórzył|powtórzyła|zauważył|zauważyła|wyjaśnił|wyjaśniła|przekonywał|"
        "przekonywała|ostrzegł|ostrzegła|zapewnił|zapewniła|przypomniał|przypomniała|dodaje|mówi|"
        "uważa|twierdzi|podkreśla|zaznacza|ocenia|zapowiedział|zapowiedziała|argumentował|"
        "argumentowała|tłumaczył|tłumaczyła|stwierdza|odpowiedział|odpowiedziała|apelował|"
        "apelowała|wskazał|wskazała|skomentował|skomentowała|przekazał|przekazała|oznajmił|"
        "oznajmiła|zapowiada|zarzucił|zarzuciła|zarzucili|pytał|pytała|pyta"
    )
    + _phrases(
        "powiedział|powiedziała|oświadczył|oświadczyła|dodał|dodała|podkreślił|podkreśliła|"
        "zaznaczył|zaznaczyła|stwierdził|stwierdziła|napisał|napisała|poinformował|"
        "poinformowała|mówił|mówiła|skarży się|skarżył się|skarżyła się|wylicza|wyliczał|"
        "wyliczała|ripostuje|ripostował|ripostowała|"
        # session 47: answering in the imperfective ("– To proszę nie kłamać – odpowiadał
        # Sikorski")
        "odpowiadał|odpowiadała|"
        # session 50: "drew attention" ("Premier zwrócił uwagę, że ... „...”"), "confirmed"
        "zwrócił uwagę|zwróciła uwagę|potwierdził|potwierdziła|"
        # session 53: mocking, going on, drawing attention again ("– ... – kpił X")
        "kpił|kpiła|drwił|drwiła|ironizował|ironizowała|kontynuował|kontynuowała|"
        "zwracał uwagę|zwracała uwagę|"
        # session 48: declaring and stressing ("... - zadeklarował.")
        "zadeklarował|zadeklarowała|zadeklarowali|zaapelował|zaapelowała|"
        # session 26: gladness and worry as speech ("– ... – cieszy się kierowniczka X")
        "cieszy się|cieszył się|cieszyła się|martwi się|martwił się|martwiła się|"
        # session 30: alarm as speech; "explains" and "reminds" only before a that-clause
        # (alone they report speech only after a quotation: POLISH_AFTER_QUOTE_VERBS)
        "alarmuje|alarmował|alarmowała|tłumaczy, że|przypomina, że|"
        # session 41: what a paper writes ("– pisze gazeta")
        "pisze|piszą|pisał|pisała|pisali|"
        # session 52: a reservation as speech ("Kaczyński zastrzegł, że ... „...”")
        "zastrzegł|zastrzegła|zastrzega|"
        # session 57: asking again ("– ... – dopytywał trener")
        "dopytywał|dopytywała|dopytał|dopytała"
    ),
    before=_phrases("według|zdaniem|jak powiedział|jej zdaniem|jego zdaniem|ich zdaniem"),
    # session 30: whom it was told, in the dative ("powiedział agencji BiełTA")
    listeners=_phrases("dziennikarzom|dziennikowi|portalowi|mediom|reporterom"),
    statements=_phrases(
        "komunikat|komunikacie|oświadczenie|oświadczeniu|piśmie|"
        # session 29: what "czytamy w ..." reads in (a report, a ruling)
        "raport|raporcie|wpisie|uzasadnieniu|wyroku|postanowieniu"
    ),
    sources=_phrases(
        "mieszkaniec|mieszkanka|świadek|informator|źródło|źródła|źródeł|rozmówca|rozmówczyni|"
        "jeden z|jedna z|"
        # session 52: "przekonuje cytowany przez gazetę polityk PiS": some party's politician
        "cytowany przez gazetę polityk|cytowana przez gazetę polityczka"
    ),
    pronouns=_phrases("on|ona|oni"),
    titles=_phrases(
        # session 24: clergy and archivists
        "biskup|arcybiskup|proboszcz|ksiądz|kardynał|archiwista|archiwistka|"
        # professions named as a speaker's title (session 8)
        "badacz|badaczka|inżynier|ekonomista|ekonomistka|prawnik|adwokat|geolog|biolog|rektor|"
        "historyk|socjolog|medioznawca|"  # session 46: "prof. X, medioznawca"
        "ministra|prezes|prezeska|burmistrz|wojewoda|marszałek|starosta|dyrektor|dyrektorka|"
        "prokurator|ekspert|ekspertka|analityk|analityczka|politolog|przewodnicząca|komendant|"
        "dowódca|europoseł|europosłanka|senator|senatorka|radny|radna|wójt|wiceprezydent|"
        "wiceprezes|rzeczniczka prasowa|rzecznik prasowy|"
        "prezydent|minister|premier|ambasador|rzecznik|rzeczniczka|poseł|posłanka|generał|"
        "przewodniczący|szef|szefowa|wiceminister|wicepremier|sekretarz|"
        # session 32: breeders, foresters; not "inwestor" (a company, mostly: "zapewnia
        # inwestor, firma X"), "rolnik" (a surname too) nor "sadownik" (Związek Sadowników)
        "hodowca|leśniczy|"
        # A nationality noun as the subject of a cue ("– dodała Niemka") says who, not a name.
        # Not the masculine forms that are common surnames too (Polak, Niemiec, Czech, Szwed).
        "Niemka|Polka|Francuzka|Rosjanka|Ukrainka|Czeszka|Litwinka|Szwedka|Holenderka|Włoszka|"
        "Hiszpanka|Amerykanka|Brytyjka|Słowaczka|Białorusinka|"
        "Rosjanin|Ukrainiec|Amerykanin|Brytyjczyk|Białorusin"
    ),
    institutions=_phrases(
        # session 24: church bodies
        "parafi|diecezj|archidiecezj|kuri|"
        "komisj|parti|unia|unii|bank|związek|stowarzyszeni|gmin|fundacj|spółdzielni|"
        "urząd|urzęd|straż|policj|komend|prokuratur|agencj|inspektorat|nbp|spółk|kopalni|dowództw|"
        "ministerstw|rząd|kancelari|ambasad|parlament|sejm|mswia|msz|uniwersytet|politechnik|"
        # Regionalna Dyrekcja Ochrony Środowiska (session 9); an academy, not an "akademik"
        "dyrekcj|inspekcj|instytut|akademia|akademii|akademię|akademią|"
        # a board (Zarząd Parku Narodowego, Zarząd Dróg Wojewódzkich), session 25; the
        # verb on its stem ("zarządziła ewakuację") is no body: persons.STEM_VERB_ENDINGS
        "zarząd|zarządzie|"
        # session 26: a group of plants or offices (Zespół Elektrowni Wodnych Niedzica)
        "zespół|zespołu|zespole|"
        "administracj|"  # session 28: Łotewska Administracja Morska, a maritime administration
        # session 29: courts by their kind ("sąd" alone is also "I judge": sądzę, sądzi)
        "sąd administracyjny|sąd rejonowy|sąd okręgowy|sąd apelacyjny|sąd najwyższy|"
        "trybunał|"
        # session 30: a state enterprise (Państwowe Gospodarstwo Wodne Wody Polskie), a
        # state service (Służba Odbudowy i Rozwoju Infrastruktury)
        "gospodarstw|służb"
    ),
    impersonal=POLISH_READ_IN,
    stop_words=_phrases(
        "w|na|i|ale|on|ona|to|jak|z|po|wczoraj|dziś|dzisiaj|jutro|także|również|jednak|"
        "natomiast|ponadto|tymczasem|dlatego|wtedy|potem|później|wcześniej|teraz|zaś|"
        "może|chyba|właśnie|nawet|tylko|już|"  # session 39: "„Może Brzoska wymyśli ...”"
        "bo|więc|gdy|kiedy|"  # "Bo jak zauważa w „Rzeczpospolitej” X": because, so, when
        "gdyby|gdybym|jeśli|jeżeli|choć|chociaż|"  # session 46: "„Gdyby Piłsudski nie ...”": if
        # session 63: nouns of what shows a person ("Zdjęcie Aleksandry Dulkiewicz widnieje")
        "zdjęcie|zdjęcia|wywiad|rozmowa|okładka|portret|wizerunek"
    ),
    inflected=True,
    # session 52: "na dziedzińcu Pałacu Prezydenckiego": a building, no person
    places=_phrases("pałac|pałacu|pałacem|pałacowi"),
)

DUTCH = LanguageCues(
    topics=_phrases("over|beschrijft|analyseert"),
    back_references=_phrases(
        "dat zei|dat zegt|dat meldt|dat meldde|dat stelt|dat verklaarde|dat liet"
    ),
    anonymity_forms=(
        # "dat" after a neuter noun: "een bemanningslid, dat anoniem wilde blijven"
        r"(?:die|dat) (?:zijn|haar) (?:volledige )?naam niet in de (?:krant|media) (?:wil|wilde)",
        r"(?:die|dat) (?:zijn|haar) naam niet (?:wil|wilde) (?:geven|noemen|prijsgeven|zeggen)",
        r"(?:die|dat) anoniem (?:wil|wilde|wenst|wenste) (?:te )?blijven",
    ),
    anonymity=_phrases(
        "die anoniem wil blijven|op voorwaarde van anonimiteit|"
        "die niet bij naam genoemd wil worden|die anoniem wilde blijven|"
        "die anoniem wenste te blijven|die niet met naam in het nieuws wil|"
        "die niet met naam genoemd wil worden|die niet met naam in de krant wil|"
        "die niet met zijn naam in de krant wil|die niet met haar naam in de krant wil|"
        "die niet met zijn naam in het nieuws wil|die niet met haar naam in het nieuws wil"
    ),
    # present tense and less common reporting verbs (session 5)
    verbs=_phrases(
        # session 31: "convinced that", as a cue
        "is ervan overtuigd|is overtuigd|is er zeker van|"
        # session 18: neuter and plural forms, as bodies and their people speak
        "meldden|"
        "zei hij|zei ze|vertelde|waarschuwt|stelt|meent|vindt|erkende|erkent|gaf toe|voegt toe|"
        "lachte|"
        # session 61: past tenses of opinion verbs ("Nel Dol van GroenLinks meende dat")
        "meende|betoogde|betoogt|beweerde|beweert|"
        "reageerde|antwoordde|merkte op|wees erop|laat weten|bevestigde|bevestigt|kondigde aan|"
        "beloofde|riep op|verzekerde|zegt hij|zegt ze|concludeerde|legde uit|lichtte toe|"
        "zei tegen|onderstreept|sprak van|spreekt van|"
        # the separable verb around its inverted pronoun (session 9)
        "voegde hij eraan toe|voegde ze eraan toe|voegde zij eraan toe|voegde hij toe|"
        "voegde ze toe|voegde zij toe|"
        "voegde|voegt"  # the particle far after the name: "voegde Van Dijk eraan toe"
    )
    + _phrases(
        "zei|zegt|vroeg|belooft|verklaarde|voegde toe|voegde eraan toe|benadrukte|stelde|"
        "schreef|meldde|"
        "schrijft|meldt|berichtte|"  # session 55: "schrijft het Duitse dagblad"
        "waarschuwde|liet weten|aldus|zo zei|onderstreepte|noemde|noemt|verklaart|benadrukt|"
        # the separable verb around how it was said
        "liet schriftelijk weten|laat schriftelijk weten|"
        # session 21: ... and around the statement it was said in
        "liet in een verklaring weten|laat in een verklaring weten|liet in een persbericht weten|"
        "laat in een persbericht weten|liet in een reactie weten|laat in een reactie weten|"
        "liet in een mededeling weten|laat in een mededeling weten|liet in een brief weten|"
        "laat in een brief weten|"
        # session 26: the present tense of a story told now
        "vertelt|legt uit|antwoordt|klaagt|klaagde|zucht|zuchtte|lacht|"
        "kopt|kopte|titelt|titelde|"  # session 45: a paper's headline, "„...”, kopt De Morgen"
        # session 51: stresses, admits, agrees, promises (present and past); "vervolgt"
        # only right after a quotation (DUTCH_AFTER_QUOTE_VERBS)
        "benadrukt|erkent|beaamt|beaamde|zegt toe|"
        # session 53: proposes, and its perfect's participle ("Rutte heeft zijn collega
        # voorgesteld ,,...”"); not "gewaarschuwd", "beloofd": the name before them is the
        # one warned or promised ("De Kamer heeft Mark Rutte gewaarschuwd:")
        "stelde voor|stelt voor|voorgesteld"
    ),
    indefinite=_phrases("een"),
    statements=_phrases("verklaring|persbericht|mededeling|reactie|toelichting"),
    before=_phrases("volgens|naar verluidt"),
    pronouns=_phrases("hij|zij|ze"),
    articles=_phrases("de|het|een|zijn|haar"),
    titles=_phrases(
        # session 31: owners, prefects and trades the gold gives as roles
        "ecoloog|"
        "machinist|conducteur|buschauffeur|"  # session 32: railway and bus trades
        "eigenaar|eigenares|bioloog|boswachter|"
        # session 24: clergy and archivists
        "bisschop|pastoor|dominee|predikant|kardinaal|archivaris|"
        "burgemeester|wethouder|gedeputeerde|gouverneur|directeur|directrice|hoogleraar|deskundige|expert|"
        "analist|onderzoeker|onderzoekster|commissaris|gezant|secretaris-generaal|"
        "fractievoorzitter|europarlementariër|senator|topman|topvrouw|bestuurder|diplomaat|"
        "coördinator|bevelhebber|commandant|officier|vicepremier|korpschef|lijsttrekker|"
        "partijleider|gezaghebber|"
        "president|minister|premier|ambassadeur|woordvoerder|woordvoerster|generaal|"
        "kamerlid|voorzitter|staatssecretaris|leider|chef|minister-president|secretaris|"
        "vakbondssecretaris|"
        # session 24: members (a short head "lid" would also end Al-Walid, Abdulkhalid)
        "statenlid|raadslid|gemeenteraadslid|bestuurslid|commissielid|fractielid|"
        "bemanningslid|parlementslid|"
        # session 31: Belgian titles (schepen: an alderman), a representative
        "schepen|vertegenwoordiger|"
        "staatsraad"  # session 54: a digest's credit
    ),
    institutions=_phrases(
        # session 24: church bodies, and a public body ("Openbaar Lichaam Bonaire")
        "bisdom|parochie|lichaam|"
        "directie|waterschap|vereniging|federatie|instituut|"
        "dienst|inspectie|kustwacht|politie|gemeente|provincie|agentschap|commissie|autoriteit|"
        "departement|"  # session 55: "Het Waalse Departement Natuur en Bossen (DNF) meldt"
        "organisatie|universiteit|hogeschool|rechtbank|stichting|coöperatie|coöperatieve|"
        "ministerie|regering|kabinet|ambassade|parlement|leger|bedrijven|vakbond|"
        # session 21: companies and operators that issue statements
        "consortium|bouwcombinatie|netbeheerder|rederij|vervoerder|"
        "maatschappij|ziekenhuis|luchthaven|"
        "veiligheidsregio|"  # session 32: the safety region (brandweer, GHOR) that reports
        "senaat"  # session 63: the senate ("kamer" is also Turkish "Kamer", a given name)
    ),
    stop_words=_phrases(
        "voordat|nadat|omdat|terwijl|hoewel|zodra|sinds|doordat|zodat|wanneer|"  # s. 62
        "de|het|een|in|op|aan|voor|met|maar|en|of|gisteren|vandaag|morgen|ook|echter|van|"
        "enkele|sommige|"  # session 48: "Enkele citaten:" names no one
        # sentence adverbs and days opening a verb-second clause ("Daarna zei minister X:")
        "daarna|toen|vervolgens|eerder|daarop|intussen|inmiddels|tegelijk|bovendien|verder|"
        "daarom|daarbij|tevens|voorts|nadien|eveneens|desondanks|anderzijds|vanochtend|"
        "vanmiddag|vanavond|vannacht|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    ),
    connectors=_phrases("van|van de|van het|voor"),
    auxiliaries=_phrases("heeft|hebben|had|is|was|werd|wordt"),
    # nationality adjectives before a role ("de Britse bezoekster Rachel Moore"): no name
    adjectives=_phrases(
        "britse|duitse|franse|belgische|nederlandse|amerikaanse|russische|oekraïense|poolse|"
        "spaanse|italiaanse|portugese|turkse|griekse|zweedse|noorse|deense|finse|ierse|"
        "schotse|engelse|europese|chinese|japanse|canadese|australische|oostenrijkse|"
        "zwitserse|tsjechische|hongaarse|roemeense|braziliaanse|marokkaanse|surinaamse|"
        "vlaamse|waalse|limburgse|brabantse|zeeuwse|groningse|antilliaanse|arubaanse"
    ),
    compound=True,
)

# Romanian words that other languages write too ("el", "o", "a", "la", "de") are left out:
# these tables are matched across all languages at once.
ROMANIAN = LanguageCues(
    anonymity_forms=(
        r"care nu a (?:dorit|vrut|acceptat) să(?:-și| își| și) (?:dea|spună|dezvăluie) numele",
        r"care a (?:dorit|vrut|cerut) să (?:rămână anonim\w*|nu fie (?:numit|numită|identificat"
        r"|identificată))",
    ),
    anonymity=_phrases(
        "sub protecția anonimatului|care a dorit să rămână anonim|"
        "care a cerut să nu fie numit|sub condiția anonimatului|"
        "care nu a vrut să-și dea numele|care nu a dorit să-și dea numele|"
        "care nu a vrut să își dea numele|care nu a dorit să își dea numele|"
        "care nu a vrut să fie numit"
    ),
    verbs=_phrases(
        "a reacționat|i-a răspuns|i-a replicat|"  # reactions as speech (session 7)
        "a declarat|a spus|a afirmat|a subliniat|a adăugat|a precizat|a explicat|a arătat|"
        "a menționat|a avertizat|a insistat|a transmis|a anunțat|a apreciat|a considerat|"
        "a recunoscut|a completat|a conchis|a replicat|a răspuns|a reamintit|a amintit|"
        "a criticat|a denunțat|a dat asigurări|a scris|a notat|a ținut să precizeze|"
        "a calificat|a calificat-o|a calificat-l|a catalogat|a numit|a descris|a acuzat|"
        "a mai spus|a mai declarat|a mai adăugat|a mai precizat|a mai subliniat|"
        "au declarat|au afirmat|au precizat|au transmis|au anunțat|"
        "declară|spune|afirmă|subliniază|adaugă|precizează|explică|arată|consideră|"
        "avertizează|susține|insistă|recunoaște|crede|estimează|a estimat|a susținut|"
        "s-a arătat|a dat de înțeles|se arată|se menționează|se precizează|se spune|"
        "adăugând|subliniind|afirmând|precizând|declarând|spunând|arătând|menționând|"
        "avertizând|insistând|explicând"
    ),
    places=_phrases(
        "arhipelagul|arhipelag|"  # session 24: an archipelago
        "marea|mării|munții|munților|râul|râului|lacul|lacului|delta|golful|strâmtoarea"
    ),
    # Feminine and plural forms only: "regional", "popular", "european" are words of other
    # languages' body names too (Empresa Eléctrica Regional Centro Sur).
    adjectives=_phrases(
        "europeană|europene|națională|naționale|internațională|moldovenească|moldovenesc|"
        "română|românesc|românească|rusă|ucraineană|turcă|găgăuză|americană|britanică|"
        "franceză|germană|italiană|spaniolă|chineză|populară|regională|mondială|externe|"
        "interne|externă|internă|electorale|electorală|centrale|centrală"
    ),
    before=_phrases("potrivit|conform|după spusele|în opinia|citat de|în viziunea"),
    impersonal=_phrases("se arată|se menționează|se precizează|se spune"),
    statements=_phrases("comunicat|comunicatul|declarație|declarația|notă|nota"),
    sources=_phrases(
        "sursă|surse|surse guvernamentale|sub protecția anonimatului|care a dorit să rămână "
        "anonim|care a cerut să nu fie numit|martor|localnic|localnică"
    ),
    indefinite=_phrases("un"),
    listeners=_phrases("jurnaliștilor|presei|reporterilor|agenției"),
    pronouns=_phrases("ea|dânsul|dânsa"),
    articles=_phrases("un|unui|unei"),
    titles=_phrases(
        # session 31: owners, prefects and trades the gold gives as roles
        "prefect|prefectul|administrator|administratorul|"
        "șofer|șoferul|"
        "președinte|președintele|președinta|președintelui|ministru|ministrul|ministra|"
        "ministrului|premier|premierul|prim-ministru|prim-ministrul|purtător|purtătorul|"
        "purtătoarea|ambasador|ambasadorul|ambasadoarea|deputat|deputatul|deputata|senator|"
        "senatorul|primar|primarul|primărița|edil|edilul|guvernator|guvernatorul|director|directorul|"
        "directoarea|șef|șeful|șefa|secretar|secretarul|secretara|consilier|consilierul|"
        "consiliera|expert|expertul|experta|analist|analistul|analista|profesor|profesorul|"
        "profesoara|lider|liderul|lidera|vicepreședinte|vicepreședintele|viceprim-ministru|"
        "general|generalul|comandant|comandantul|procuror|procurorul|başkan|bașcan|bașcanul|"
        "guvernatoarea|reprezentant|reprezentantul|reprezentanta|coordonator|coordonatorul|"
        "coordonatoarea|cercetător|cercetătorul|cercetătoarea|parlamentar|parlamentarul|"
        "parlamentara|dr|prof"
    ),
    institutions=_phrases(
        "administrația|administrației|societatea|societății|asociația|asociației|"
        "ministerul|ministerului|guvernul|guvernului|președinția|președinției|parlamentul|"
        "parlamentului|ambasada|ambasadei|agenția|agenției|organizația|organizației|"
        "comisia|comisiei|consiliul|consiliului|adunarea|adunării|primăria|primăriei|"
        "serviciul|serviciului|compania|companiei|institutul|institutului|banca|băncii|"
        "fondul|fondului|uniunea|uniunii|autoritatea|autorității|autoritățile|direcția|"
        "direcției|inspectoratul|inspectoratului|poliția|poliției|armata|armatei|"
        "procuratura|procuraturii|departamentul|departamentului|cancelaria|cancelariei|"
        "universitatea|universității"
    ),
    stop_words=_phrases("și|dar|acesta|aceasta|ieri|astăzi|mâine|în|pe"),
    connectors=_phrases("din|pentru"),
    auxiliaries=_phrases("este|era|fost"),
    adverbials=_phrases("după|în timpul|la finalul|înainte|în"),
)

# Swedish, with the Norwegian and Danish reporting verbs; "han" (he) is left out of the
# pronouns: it is also a surname (Han Duck-soo) in every other language's text.
# Verbs that close Nordic dash speech with no mark (quotes.py): "– ..., säger X". "sa" alone
# stays out of the cues: Italian, Romanian and others write it too.
# Czech (session 6): ČTK wires and Czech reviews.
CZECH = LanguageCues(
    anonymity_forms=(
        r"(?:nechtěl|nechtěla|nechce|nepřál|nepřála|nepřeje) (?:si )?(?:být jmenován\w*"
        r"|uvést své jméno|zveřejnit své jméno)",
        r"nejmenovan\w+",  # "podle nejmenovaného diplomata": an unnamed diplomat
    ),
    anonymity=_phrases(
        "nechtěl být jmenován|nechtěla být jmenována|nechce být jmenován|"
        "nechce být jmenována|pod podmínkou anonymity|nepřál být jmenován|"
        "nepřála být jmenována"
    ),
    verbs=_phrases(
        # session 18: neuter and plural forms, as bodies and their people speak
        "uvedlo|oznámili|sdělili|dodalo|upozornilo|zdůraznilo|potvrdilo|"
        "reagoval|reagovala|"  # reactions as speech (session 7)
        "řekl|řekla|řekli|uvedl|uvedla|uvedli|dodal|dodala|dodali|napsal|napsala|prohlásil|"
        "prohlásila|zdůraznil|zdůraznila|upozornil|upozornila|sdělil|sdělila|sdělilo|"
        "konstatoval|konstatovala|poznamenal|poznamenala|varoval|varovala|podotkl|podotkla|"
        "oznámil|oznámila|oznámilo|vysvětlil|vysvětlila|odpověděl|odpověděla|ujistil|"
        "ujistila|připomněl|připomněla|prohlašuje|uvádí|říká|dodává|tvrdí|míní|upozorňuje|"
        "zdůrazňuje|varuje|píše|vysvětluje|konstatuje|odpovídá|řekl novinářům|"
        "řekla novinářům|uvádí se|stojí v prohlášení|stojí v tiskové zprávě|"
        "ptá se|ptal se|ptala se|posteskl si|posteskla si|postěžoval si|postěžovala si|"
        "připustil|připustila|přiznal|přiznala|zopakoval|zopakovala|doplnil|doplnila|reaguje|"
        # Slovak, as Czech reviews quote Slovaks
        "povedal|povedala|uviedol|uviedla|zdôraznil|zdôraznila|vyhlásil|vyhlásila|hovorí|"
        "odpovedal|odpovedala|priznal|priznala"
    ),
    before=_phrases("podle|podle něj|podle ní|podle nich|jak uvedl|jak uvedla|podle slov"),
    pronouns=_phrases("ona|oni"),
    sources=_phrases(
        "zdroj|zdroje|zdrojů|nechtěl být jmenován|nechtěla být jmenována|svědek|svědkyně|"
        "obyvatel|obyvatelka|informátor"
    ),
    impersonal=_phrases("uvádí se|stojí v prohlášení|stojí v tiskové zprávě"),
    statements=_phrases("prohlášení|tiskové zprávě|tisková zpráva|sdělení|komuniké"),
    # "odpověděl jí Kastenhofer": the one answered, a dative pronoun, before the speaker
    listeners=_phrases("novinářům|čtk|agentuře|médiím|serveru|deníku|listu|týdeníku|rádiu|mu|jí"),
    titles=_phrases(
        "ministr|ministryně|premiér|premiérka|prezident|prezidentka|mluvčí|velitel|"
        "velitelka|analytik|analytička|náměstek|náměstkyně|poslanec|poslankyně|senátor|"
        "senátorka|starosta|starostka|hejtman|hejtmanka|ředitel|ředitelka|předseda|"
        "předsedkyně|místopředseda|místopředsedkyně|velvyslanec|velvyslankyně|ombudsman|"
        "odborník|odbornice|profesor|profesorka|šéf|šéfka|generál|komisař|komisařka|"
        "tajemník|tajemnice|kancléř|kancléřka|vicepremiér|vicepremiérka|europoslanec|"
        "europoslankyně|ekonom|ekonomka|politolog|politoložka|radní|majitel|majitelka|"
        "primátor|primátorka|místostarosta|místostarostka|hydrolog|hydroložka|meteorolog|"
        "meteoroložka|ekolog|ekoložka|rektor|rektorka|hovorca|hovorkyňa"
    ),
    institutions=_phrases(
        "ministerstvo|ministerstva|ministerstvu|vláda|vlády|vládě|úřad|úřadu|policie|policii|"
        "armáda|armády|sněmovna|sněmovny|senát|senátu|velvyslanectví|agentura|agentury|"
        "agentuře|společnost|společnosti|soud|soudu|státní zastupitelství|hasiči|stráž|"
        "univerzita|univerzity|univerzitě|ústav|ústavu|institut|institutu|inspekce|inspekci|"
        "magistrát|magistrátu|správa|správy"
    ),
    stop_words=_phrases("podle|také|však|když|dnes|včera|zítra"),
)

NORDIC_SPEECH_VERBS = _phrases(
    "säger|sa|sade|berättar|uppger|skriver|menar|tillägger|konstaterar|svarar|framhåller|"
    "betonar|understryker|varnar|hävdar|förklarar|sier|forteller|uttaler|siger|sagde|fortæller"
)
SWEDISH = LanguageCues(
    anonymity=_phrases("som inte vill bli namngiven|som vill vara anonym|som vill vara anonyma"),
    verbs=tuple(v for v in NORDIC_SPEECH_VERBS if v != "sa")
    + _phrases(
        "berättade|uppgav|skrev|anser|ansåg|lade till|konstaterade|svarade|framhöll|"
        "betonade|underströk|varnade|hävdade|förklarade|beskriver|beskrev|säger han|säger hon|"
        "sa han|sa hon|sade han|sade hon|uttalte"
    ),
    before=_phrases("enligt|ifølge"),
    pronouns=_phrases("hon"),
    sources=_phrases(
        "som inte vill bli namngiven|som vill vara anonym|källa|källor|tjänsteman|tjänstemannen"
    ),
    indefinite=_phrases("ett"),
    # Only words no other covered language writes as a name or a word ("Men", "Vid",
    # "Eller", "Sedan", "Nu", "Mot" are names, places or words elsewhere): every
    # language's stop words are shared.
    stop_words=_phrases(
        "och|på|för|med|att|när|efter|enligt|även|också|då|där|här|utan|över|mellan|från|igår|"
        "idag|i dag|i går"
    ),
    titles=_phrases(
        "minister|turistminister|statsminister|utrikesminister|försvarsminister|ordförande|"
        "talesperson|presstalesperson|pressekreterare|ambassadör|borgmästare|kommunalråd|"
        "direktör|vd|professor|forskare|expert|analytiker|generalsekreterare|"
        "riksdagsledamot|hotellägaren|hotellägare|chefen|lantråd|lantrådet|"
        # Danish and Norwegian posts (Ritzau, NTB)
        "formand|forkvinde|borgmester|seniorforsker|forsker|direktør|talsmand|talskvinde"
    ),
    institutions=_phrases(
        "regeringen|ministeriet|departementet|myndigheten|turistrådet|turistråd|kommunen|verket|"
        "kommun|"
        "riksdagen|polisen|försvarsmakten|stortinget|folketinget|regjeringen|styrelse|"
        "styrelsen|bolaget|sametinget|universitet|universitetet|högskolan"
    ),
    listeners=_phrases("till tt|till ntb|till ritzau"),
    compound=True,
)

# Hungarian (MTI): the verb after the quotation, the name written surname first.
HUNGARIAN = LanguageCues(
    verbs=_phrases(
        "mondta|mondja|mondta el|közölte|nyilatkozta|fogalmazott|hangsúlyozta|hozzátette|"
        "tette hozzá|emelte ki|jelentette ki|magyarázta|jelezte|írta|válaszolta|felelte|"
        "közölte az mti-vel|nyilatkozta az mti-nek|mondta az mti-nek|figyelmeztetett|"
        "húzta alá|mutatott rá|értékelt|reagált|vélekedett"
    ),
    before=_phrases("szerint"),
    titles=_phrases(
        "polgármester|polgármestere|alpolgármester|igazgató|igazgatója|főigazgató|miniszter|"
        "államtitkár|szóvivő|szóvivője|elnök|elnöke|hidrológus|hidrológusa|szakember|"
        "szakértő|professzor|képviselő|országgyűlési képviselő|vezető|vezetője|ügyvéd|"
        "kutató|kutatója|főorvos|jegyző|kormányszóvivő"
    ),
    institutions=_phrases(
        "minisztérium|igazgatóság|önkormányzat|kormány|hivatal|hatóság|egyetem|társaság|zrt|"
        "kft|katasztrófavédelem|rendőrség|közgyűlés|alapítvány|vízügyi igazgatóság"
    ),
    listeners=_phrases("az mti-nek|az mti-vel"),
    indefinite=_phrases("egy"),  # "mondta egy étteremtulajdonos": someone unnamed
    anonymity=_phrases("aki a neve elhallgatását kérte|aki nem kívánta megnevezni magát"),
    compound=True,  # Tudomány-egyetem, Vízügyi Igazgató-ság: heads end a compound
)

LANGUAGES: dict[str, LanguageCues] = {
    "fr": FRENCH,
    "en": ENGLISH,
    "de": GERMAN,
    "ru": RUSSIAN,
    "es": SPANISH,
    "it": ITALIAN,
    "tr": TURKISH,
    "az": AZERBAIJANI,
    "hy": ARMENIAN,
    "ka": GEORGIAN,
    "uk": UKRAINIAN,
    "pt": PORTUGUESE,
    "pl": POLISH,
    "nl": DUTCH,
    "ro": ROMANIAN,
    "sv": SWEDISH,
    "cs": CZECH,
    "hu": HUNGARIAN,
}


# News agencies and outlets that head or close wire copy ("(Reuters)", "— ТАСС"): next to a
# reporting verb they name the source, never the speaker.
# The media nouns of every language ("newspaper", "diario", "газета"), lowercase in the tables.
MEDIA_WORDS = frozenset(m.casefold() for cues in LANGUAGES.values() for m in cues.media)
# Broadcasters known by their acronyms: "a indiqué la RTBF" names the channel, no body.
BROADCASTERS = frozenset(
    str.split(
        "bbc cnn npr rtbf rtl rts rsi srf orf zdf ard mdr ndr wdr swr rbb rai rtve tve rtp "
        "rté rte nos vrt vtm tvn tvp trt ntv bfm bfmtv lci yle err lrt svt nrk hrt bnt "
        "jdd dh ser cope sic tvi abc cbc npo tgr"
    )
)
AGENCIES = frozenset(
    {
        "reuters",
        "afp",
        "ap",
        "dpa",
        "tass",
        "тасс",
        "ria",
        "риа",
        "interfax",
        "интерфакс",
        "anadolu",
        "xinhua",
        "bloomberg",
        "ansa",
        "efe",
        "sputnik",
        "armenpress",
        # Armenpress in Armenian, in the cases a cue puts it in ("Արմենպրեսին ասել է": told
        # Armenpress), and the Georgian agency Interpressnews in the dative and comitative
        "արմենպրես",
        "արմենպրեսի",
        "արմենպրեսին",
        "արմենպրեսը",
        "ինտերպրեսնյուզ",
        "ინტერპრესნიუსი",
        "ინტერპრესნიუსს",
        "ინტერპრესნიუსთან",
        "azertac",
        "azərtac",
        "apa",
        "trend",
        "turan",
        "novosti",
        "новости",
        "lusa",
        "ukrinform",
        "укрінформ",
        "укрінформу",
        "уніан",
        "unian",
        "belta",
        "kyodo",
        "europa press",
        "agerpres",
        "kcna",
        "унн",
        "unn",
    }
)


# Offices named by a periphrasis ("le chef de la diplomatie", "глава государства") and the
# titles their holder is given elsewhere in the text: an anaphoric role of either list refers
# to a person holding a title of the other.
OFFICES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "head of state": (
        _phrases(
            "head of state|chef de l'état|chef de l'etat|jefe del estado|jefe de estado|"
            "capo dello stato|chefe de estado|chefe do estado|staatschef|staatsoberhaupt|"
            "глава государства|dövlət başçısı|devlet başkanı|глава держави|"
            "պետության ղեկավար|სახელმწიფოს მეთაური|głowa państwa|staatshoofd|"
            # session 50: Latin American papers' word for the president
            "mandatario|mandataria"
        ),
        _phrases(
            "president|président|présidente|presidente|presidenta|präsident|präsidentin|"
            "президент|prezident|prezidenti|cumhurbaşkanı|նախագահ|პრეზიდენტ|prezydent"
        ),
    ),
    "head of government": (
        _phrases(
            "head of government|chef du gouvernement|cheffe du gouvernement|jefe del gobierno|"
            "jefa del gobierno|capo del governo|chefe do governo|regierungschef|"
            # session 50: the executive's head, as Portuguese and Spanish papers call it
            "chefe do executivo|jefe del ejecutivo|jefa del ejecutivo|"
            "regierungschefin|глава правительства|hökumət başçısı|hükümet başkanı|"
            "կառավարության ղեկավար|მთავრობის მეთაური|szef rządu|regeringsleider"
        ),
        _phrases(
            "prime minister|premier|première ministre|premier ministre|primer ministro|"
            "primera ministra|presidente del gobierno|presidente del consiglio|"
            "primeiro-ministro|primeira-ministra|ministerpräsident|ministerpräsidentin|"
            "премьер-министр|премьер|baş nazir|başbakan|վարչապետ|პრემიერ-მინისტრ|"
            "прем'єр-міністр|minister-president"
        ),
    ),
    # "A governante acrescentou": any minister of the government.
    "member of the government": (
        _phrases(
            "governante|membro do governo|membre du gouvernement|miembro del gobierno|"
            "membro del governo|esponente del governo|regierungsmitglied|член правительства|"
            "член уряду"
        ),
        _phrases(
            "ministra|ministro|ministre|minister|ministerin|министр|міністр|bakan|nazir|"
            "ministru|ministr|ministryně"
        ),
    ),
    "foreign minister": (
        _phrases(
            "top diplomat|chief diplomat|chef de la diplomatie|cheffe de la diplomatie|"
            "jefe de la diplomacia|jefa de la diplomacia|capo della diplomazia|"
            "chefe da diplomacia|chefdiplomat|chefdiplomatin|глава мид|глава дипломатии|"
            "diplomatiya rəhbəri|diplomasi şefi|szef dyplomacji"
        ),
        _phrases(
            "foreign minister|minister of foreign affairs|ministre des affaires étrangères|"
            "ministre des affaires etrangeres|ministro de exteriores|ministro de asuntos "
            "exteriores|canciller|ministro degli esteri|ministra degli esteri|ministro dos "
            "negócios estrangeiros|außenminister|außenministerin|министр иностранных дел|"
            "xarici işlər naziri|dışişleri bakanı|արտգործնախարար|საგარეო საქმეთა მინისტრ|"
            "minister spraw zagranicznych|minister van buitenlandse zaken"
        ),
    ),
    # "aggiunge la prima cittadina", "le premier magistrat de la ville": the mayor.
    "mayor": (
        _phrases(
            "prima cittadina|primo cittadino|primera edil|primer edil|autarca|regidora|regidor|"
            "premier magistrat de la ville|première magistrate de la ville|"
            "premier magistrat de la commune"
        ),
        # Not Spanish "mayor" (Estado Mayor), French "premier magistrat" (de France too),
        # Polish "starosta" (a county's); the Câmara dos Deputados is no town hall (speakers).
        _phrases(
            "sindaco|sindaca|maire|mairesse|alcalde|alcaldesa|prefeito|prefeita|"
            "presidente da câmara|presidente della giunta comunale|bürgermeister|"
            "bürgermeisterin|мэр|мер|burmistrz|primar|primarul|edilul|belediye başkanı"
        ),
    ),
    # "a insisté l'universitaire", "the academic added": the scholar introduced at a
    # university or as a professor or researcher (session 32).
    "academic": (
        _phrases(
            "universitaire|the academic|el académico|la académica|l'accademico|l'accademica|"
            "o académico|a académica|der akademiker|die akademikerin|de academicus|"
            "the scientist|le scientifique|la scientifique|el científico|la científica|"
            "lo scienziato|la scienziata|o cientista|a cientista|der wissenschaftler|"
            "die wissenschaftlerin|de wetenschapper|учёный|ученый|учений|naukowiec|naukowczyni"
        ),
        _phrases(
            "professor|professeur|professeure|profesor|profesora|professore|professoressa|"
            "professora|university|université|l'université|universidad|università|l'università|"
            "universidade|universität|"
            "universiteit|uniwersytet|университета|університету|üniversitesi|universiteti|"
            "researcher|chercheur|chercheuse|investigador|investigadora|ricercatore|ricercatrice|"
            "pesquisador|pesquisadora|forscher|forscherin|onderzoeker|badacz|badaczka|"
            "научный сотрудник|науковий співробітник"
        ),
    ),
}


# The preposition before the agency a speaker told (es, pt, fr, it, de, en): "disse à Lusa",
# "explicó la profesora a EFE", "told Reuters" has none.
TOLD_AGENCY = frozenset({"a", "à", "al", "ao", "alla", "dem", "to"})

# Polish and Czech close dash speech with no comma before the dash: "– Nie mogliśmy
# zaryzykować – mówi burmistrz". A dash followed by one of their reporting verbs closes it.
# Verbs that report speech only right after a quotation ("», — додає дипломат", "– tłumaczy
# Kowalski"): opening a sentence after its subject they mean something else ("Експорт додає
# оптимізму", "Kuratorium tłumaczy decyzję", "Zamek przypomina plac budowy": adds, explains,
# resembles), so they are no cue anywhere else.
POLISH_AFTER_QUOTE_VERBS = _phrases("tłumaczy|przypomina")
# German separable verbs of speech, inverted right after the quotation with their particle
# after the name ("„...“, hält Tschapeller dagegen", "gibt sie zu bedenken", "wandte er
# ein"): alone, elsewhere, "hält" and "gibt" are no speech.
GERMAN_AFTER_QUOTE_VERBS = _phrases("hält|hielt|gibt|gab|wandte|wendet")
# Dutch "goes on" ("“...”, vervolgt Rutte"), elsewhere "prosecutes" ("Het OM vervolgt de man").
DUTCH_AFTER_QUOTE_VERBS = _phrases("vervolgt|vervolgde")
# English present tenses that are nouns too, or take any subject, before a quotation ("The
# Gulf states", "His remarks", "Evidence suggests"): speech only right after one.
ENGLISH_AFTER_QUOTE_VERBS = _phrases("claims|suggests|replies|comments|remarks|states|announces")
# Spanish "fires" ("“...”, dispara la funcionaria"); elsewhere prices and police shoot.
SPANISH_AFTER_QUOTE_VERBS = _phrases("dispara|disparó")
# Italian "goes on" ("«...», continua Salvini"); elsewhere wars and works go on.
ITALIAN_AFTER_QUOTE_VERBS = _phrases("continua|prosegue")
AFTER_QUOTE_VERBS = (
    _phrases(
        "додає|нагадує|визнає|відповідає|добавляет|напоминает|признаёт|признает|отвечает|"
        "парирует|возмущается|возмутился|возмутилась|возражает|сетует|негодует|недоумевает|"
        "вздыхает|вздохнул|вздохнула|уверяет|заверяет|"
        "жалуется|жалуются|скаржиться|скаржаться"  # complains: "жалуется на боли" is no speech
    )
    + POLISH_AFTER_QUOTE_VERBS
    + GERMAN_AFTER_QUOTE_VERBS
    + DUTCH_AFTER_QUOTE_VERBS
    + ENGLISH_AFTER_QUOTE_VERBS
    + SPANISH_AFTER_QUOTE_VERBS
    + ITALIAN_AFTER_QUOTE_VERBS
)
# Russian and Ukrainian reporting verbs, for speech typed with hyphens ("- ..., - сказал").
# Verbs of asking, exclaiming and addressing someone: after a hyphen they end speech ("- ...,
# - звернулася вона до мера"), but as cues their object is the one asked or addressed
# ("спросила журналистка министра X"), so they only tell hyphen speech apart.
SLAVIC_ASKING_VERBS = _phrases(
    "спросил|спросила|обратился|обратилась|воскликнул|воскликнула|крикнул|крикнула|"
    "запитав|запитала|спитав|спитала|звернувся|звернулася|вигукнув|вигукнула|крикнув|крикнула"
)
SLAVIC_SPEECH_VERBS: tuple[str, ...] = tuple(
    sorted(
        {v for lang in ("ru", "uk") for v in LANGUAGES[lang].verbs if " " not in v}
        | (
            set(AFTER_QUOTE_VERBS)
            - set(POLISH_AFTER_QUOTE_VERBS)
            - set(GERMAN_AFTER_QUOTE_VERBS)
            - set(DUTCH_AFTER_QUOTE_VERBS)
            - set(ENGLISH_AFTER_QUOTE_VERBS)
        )
        | set(SLAVIC_ASKING_VERBS)
    )
)
# Brazilian papers close dash speech with the verb after a second dash and no comma ("— ...
# nossa prática — afirmou Bolsonaro"): the verbs they use there.
PORTUGUESE_DASH_VERBS = _phrases(
    "disse|afirmou|declarou|explicou|acrescentou|completou|ressaltou|destacou|disparou|"
    "comentou|respondeu|questionou|perguntou|garantiu|criticou|avaliou|argumentou|concluiu|"
    "lembrou|pontuou|frisou|salientou|sublinhou|defendeu|alertou|admitiu|reforçou|observou|"
    "prosseguiu|emendou|ironizou|desabafou|contou|relatou|advertiu|reclamou|justificou|"
    "rebateu|pediu|insistiu|indagou|diz|afirma"
)
# ... and any verb in the preterite's third person, the tense of a credit ("— ... — assinalou.",
# "– citou o slogan"): lowercase, two letters at least before -ou, -eu, -iu (not "meu", "seu").
PORTUGUESE_PRETERITE = r"[a-zçáéíóúâêôãõ]{2,}(?:ou|eu|iu)"
MIN_WORDS_BEFORE_PRETERITE = 4  # "— Ibovespa — subiu", "– Écologie – milieu": a list's label
# Nouns the preterite's shape takes in ("– ... – enjeu majeur", "– milieu associatif").
PRETERITE_LOOKALIKES = frozenset(
    str.split(
        "enjeu enjeux milieu lieu aveu désaveu neveu adieu cheveu essieu pieu moyeu tabou "
        "bijou genou caillou hibou verrou voyou bisou coucou europeu museu apogeu judeu liceu "
        "ateu plebeu pigmeu camafeu hebreu jueu"
    )
)
# Small words of a title ("O Estado de S. Paulo", "Diário de Notícias da Madeira").
TITLE_PARTICLES = frozenset(
    str.split("de do da dos das du des del della di la le les el los las o a os as e et y of the")
)


def title_like(label: str) -> bool:
    """Return True for a list's label before a dash: a paper's or a body's name whose words
    all open on a capital but its particles ("Banco Central do Brasil", "La Voix du Nord
    et Nord Éclair"), not speech ("Não vamos desistir deste campeonato")."""
    words = [w for w in label.split() if w.casefold() not in TITLE_PARTICLES]
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words)


DASH_CLOSING_VERBS: tuple[str, ...] = tuple(
    sorted(
        # one word, or a reflexive verb with its pronoun ("skarży się", "cieszy się")
        {
            v
            for lang in ("pl", "cs")
            for v in LANGUAGES[lang].verbs
            # ... or one with its object ("zwracała uwagę": drew attention)
            if " " not in v or v.endswith((" się", " se", " uwagę"))
        }
        | set(POLISH_AFTER_QUOTE_VERBS)
    )
)
