# ruff: noqa: E501  (sentences are data: splitting them would only hide what is written)
"""Sentence templates per language for the synthetic press reviews of ``bench/generate.py``.

Written by hand for the benchmark (no corpus is downloaded): enough variety for language
detection, quotation pairing and speaker attribution to do their real work on every file.
Placeholders: {N} a person's name, {S} role + name, {I} an institution, {C} a country,
{P} a newspaper, {Q} a quotation with its marks, {n} a number, {T} a topic.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Language:
    """Everything the generator writes in one language."""

    code: str
    title: str  # {date} is replaced by the review's date in this language
    months: tuple[str, ...]
    countries: tuple[str, ...]  # headings; the parser maps them to ISO codes
    rubrics: tuple[str, ...]
    roles: tuple[str, ...]
    institutions: tuple[str, ...]
    marks: tuple[tuple[str, str], ...]  # (open, close) quotation marks, most usual first
    comma_inside: bool  # English puts the comma before the closing mark
    quote_after: tuple[str, ...]  # {Q} then the reporting clause
    quote_before: tuple[str, ...]  # the reporting clause, then {Q}
    anaphoric: tuple[str, ...]  # {Q} then "he added": speaker is the previous one
    institutional: tuple[str, ...]
    scare: tuple[str, ...]  # newspaper names and scare quotes: not quotations
    quotes: tuple[str, ...]  # sentences an official says
    narrative: tuple[str, ...]  # sentences the reviewer writes
    topics: tuple[str, ...]
    people: tuple[tuple[str, str, str], ...] = ()  # empty: the Latin spellings of PEOPLE


def _words(text: str) -> tuple[str, ...]:
    """Return the words of ``text``: month names read better as one line."""
    return tuple(text.split())


# Speakers: (first name, surname, surname variant as other transliterations spell it).
PEOPLE = (
    ("Ilham", "Aliyev", "Aliev"),
    ("Hikmet", "Hajiyev", "Hadjiev"),
    ("Zakir", "Hasanov", "Gasanov"),
    ("Elmar", "Mammadyarov", "Mamedyarov"),
    ("Nikol", "Pashinyan", "Pachinian"),
    ("Zohrab", "Mnatsakanyan", "Mnatsakanian"),
    ("Salome", "Zurabishvili", "Zourabichvili"),
    ("Giorgi", "Gakharia", "Gakharia"),
    ("Sergei", "Lavrov", "Lavrov"),
    ("Mevlut", "Cavusoglu", "Cavusoglu"),
    ("Maros", "Sefcovic", "Sefcovic"),
    ("Hulusi", "Akar", "Akar"),
    ("Rovnag", "Abdullayev", "Abdoullaev"),
    ("Anna", "Naghdalyan", "Nagdalian"),
)
NEWSPAPERS = (
    "Zerkalo",
    "Turan",
    "APA",
    "Trend",
    "Report.az",
    "Armenpress",
    "news.am",
    "Aravot",
    "Civil.ge",
    "Kommersant",
    "Hurriyet",
    "Agenzia Nova",
)
MONTHS_EN = "January February March April May June July August September October November December"

FR = Language(
    code="fr",
    title="Revue de la presse du {date}",
    months=_words(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
    ),
    countries=("Azerbaïdjan", "Arménie", "Géorgie", "Russie", "Turquie", "Iran", "Kazakhstan"),
    rubrics=("A LA UNE", "Politique étrangère", "Economie", "Défense", "Société"),
    roles=(
        "le président",
        "le ministre des Affaires étrangères",
        "le porte-parole du ministère des Affaires étrangères",
        "le ministre de la Défense",
        "le Premier ministre",
        "le vice-président de la Commission européenne",
    ),
    institutions=("le ministère de la Défense", "le ministère des Affaires étrangères"),
    marks=(("«", "»"), ("« ", " »"), ("“", "”"), ('"', '"')),
    comma_inside=False,
    quote_after=(
        "{Q}, a déclaré {S} à l'issue de son entretien avec son homologue.",
        "{Q}, a souligné {S} lors de la conférence de presse commune.",
        "{Q}, a indiqué {S}.",
        "{Q}, a affirmé {S} devant les députés.",
        "{Q}, a estimé {S} dans une interview au quotidien « {P} ».",
    ),
    quote_before=(
        "Commentant {T}, {N} a ajouté : {Q}",
        "{S} a répondu aux journalistes : {Q}",
        "Selon {S}, {Q}",
    ),
    anaphoric=("{Q}, a-t-il ajouté.", "{Q}, a-t-il précisé.", "{Q}, a-t-elle conclu."),
    institutional=("{Q}, a indiqué {I} dans un communiqué publié {n} jours plus tard.",),
    scare=(
        "Le quotidien « {P} » souligne que la réunion a rassemblé des représentants de {n} pays.",
        "Selon l'agence « {P} », les deux ministres ont évoqué {T}.",
        "L'opposition dénonce une « mascarade » et réclame des élections anticipées.",
    ),
    quotes=(
        "Nous avons discuté de la poursuite de la coopération dans le domaine militaire",
        "Notre pays est en faveur de relations égales et normales avec tous les partenaires",
        "La feuille de route pour résoudre le conflit est claire, elle est basée sur le droit international",
        "Il est important d'intensifier les efforts des pays coprésidents",
        "Le peuple souffre de ce conflit depuis plus de {n} ans",
        "Nous attendons de nos partenaires une position plus active dans le règlement du conflit",
        "La coopération avec les pays membres de l'Union européenne est aussi à l'ordre du jour",
        "Le corridor gazier sud n'est pas seulement un projet énergétique, c'est un projet de sécurité",
        "Nous prévoyons de produire plus de {n} milliards de mètres cubes de gaz cette année",
        "Les négociations doivent reprendre sans conditions préalables (...) et sans délai",
    ),
    narrative=(
        "Cette réunion s'est déroulée avec la participation des députés chargés de la défense et des commandants de diverses armes.",
        "Les parties se sont déclarées satisfaites du haut niveau de coopération entre les deux pays dans les domaines militaire et économique.",
        "Le conflit a été abordé et la rencontre s'est terminée sur les perspectives de développement des relations bilatérales.",
        "La visite du président prévue au mois de juin a également été évoquée par les deux délégations.",
        "Le ministre a analysé l'entraînement intensif au combat effectué dans les troupes et a donné des instructions pertinentes.",
        "Les exportations hors pétrole ont progressé de {n} % au cours du premier semestre, selon les chiffres officiels.",
        "Plusieurs milliers de personnes se sont rassemblées dans le centre de la capitale samedi après-midi.",
    ),
    topics=(
        "la résolution du conflit",
        "la coopération énergétique",
        "la visite officielle",
        "les négociations de paix",
    ),
)

EN = Language(
    code="en",
    title="Press review, {date}",
    months=_words(MONTHS_EN),
    countries=("AZERBAIJAN", "ARMENIA", "GEORGIA", "RUSSIA", "TURKEY", "IRAN", "UKRAINE"),
    rubrics=("HEADLINES", "Foreign policy", "Economy", "Defence", "Society"),
    roles=(
        "President",
        "Foreign Minister",
        "Foreign Ministry spokesman",
        "Defence Minister",
        "Prime Minister",
        "European Commission Vice-President",
    ),
    institutions=("the Defence Ministry", "the Foreign Ministry"),
    marks=(("“", "”"), ('"', '"')),
    comma_inside=True,
    quote_after=(
        "{Q} {S} said on Friday at the opening of a new military unit.",
        "{Q} {S} told journalists in the capital.",
        "{Q} {S} said after talks with his counterpart.",
        "{Q} {S} stressed in an interview with {P}.",
    ),
    quote_before=(
        "{S} told a news conference: {Q}",
        "Commenting on {T}, {N} said: {Q}",
        "According to {S}, {Q}",
    ),
    anaphoric=("{Q} he added.", "{Q} she said.", "{Q} the minister added."),
    institutional=("{Q} {I} said in a statement on Saturday.",),
    scare=(
        'The newspaper "{P}" reported that the delegation would travel to Brussels in {n} days.',
        "{P} called the latest remarks of the defence minister “irresponsible and provocative”.",
    ),
    quotes=(
        "We will continue to strengthen our army, and the army is ready to carry out any task",
        "Our patience is not unlimited",
        "Such statements do not serve the peace process and only undermine the efforts of the co-chairs",
        "We are ready for substantive negotiations, but we will not negotiate under threat",
        "The investigation mechanisms agreed in Vienna must be implemented without further delay",
        "We consider it a positive signal for the whole region",
        "The map grossly violates the internationally recognised borders of our country",
        "Energy security is a strategic priority for the European Union",
        "More than {n} families have already returned to their homes",
    ),
    narrative=(
        "The ministers also discussed the preparation of the next round of talks and the exchange of prisoners.",
        "The opposition held a rally in front of parliament, demanding early elections and the release of detained activists.",
        "Non-oil exports grew by {n} percent in the first half of the year, according to the State Statistics Committee.",
        "The delegation visited the headquarters of the alliance for the first time since taking office.",
        "Both sides agreed to meet again before the end of the year to review progress on the agreements.",
    ),
    topics=("the peace process", "the energy corridor", "the border talks", "the new sanctions"),
)

DE = Language(
    code="de",
    title="Pressespiegel vom {date}",
    months=_words(
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
    ),
    countries=("Aserbaidschan", "Armenien", "Georgien", "Russland", "Türkei", "Deutschland"),
    rubrics=("AUSSENPOLITIK", "Wirtschaft", "Verteidigung", "Gesellschaft"),
    roles=(
        "Präsident",
        "Außenminister",
        "Sprecher des Außenministeriums",
        "Verteidigungsminister",
        "Ministerpräsident",
    ),
    institutions=("das Verteidigungsministerium", "das Außenministerium"),
    marks=(("„", "“"), ("»", "«"), ('"', '"')),
    comma_inside=False,
    quote_after=(
        "{Q}, sagte {S} nach dem Treffen mit seinem Amtskollegen.",
        "{Q}, erklärte {S} auf einer Pressekonferenz.",
        "{Q}, betonte {S} im Gespräch mit der Zeitung {P}.",
    ),
    quote_before=(
        "{S} sagte vor Journalisten: {Q}",
        "Zu {T} erklärte {N}: {Q}",
    ),
    anaphoric=("{Q}, fügte er hinzu.", "{Q}, sagte sie weiter."),
    institutional=("{Q}, teilte {I} am Sonntag mit.",),
    scare=(
        "Die Zeitung „{P}“ berichtet, dass an dem Treffen Vertreter aus {n} Ländern teilnahmen.",
    ),
    quotes=(
        "Wir werden die Zusammenarbeit im Energiebereich weiter ausbauen",
        "Die territoriale Integrität unseres Landes steht nicht zur Debatte",
        "Deutschland ist einer unserer wichtigsten Partner in Europa",
        "Die Verhandlungen müssen ohne Vorbedingungen fortgesetzt werden",
        "Wir erwarten von der Europäischen Union eine klare Haltung",
        "Der Handel zwischen unseren Ländern ist im vergangenen Jahr um {n} Prozent gewachsen",
        "Die Lage an der Grenze bleibt angespannt, aber unter Kontrolle",
    ),
    narrative=(
        "Die beiden Minister sprachen auch über die Vorbereitung des nächsten Gipfeltreffens in Berlin.",
        "Die Opposition kündigte für das Wochenende neue Kundgebungen vor dem Parlament an.",
        "Nach Angaben des Statistikamtes stiegen die Exporte im ersten Halbjahr um {n} Prozent.",
        "Die Delegation besuchte anschließend ein Flüchtlingslager in der Nähe der Hauptstadt.",
    ),
    topics=("dem Friedensprozess", "der Energiepolitik", "den Sanktionen"),
)

RU = Language(
    code="ru",
    title="Обзор прессы за {date}",
    months=_words(
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
    ),
    countries=("Азербайджан", "Армения", "Грузия", "Россия", "Турция", "Казахстан"),
    rubrics=("ГЛАВНОЕ", "Внешняя политика", "Экономика", "Оборона"),
    roles=("президент", "министр иностранных дел", "пресс-секретарь МИД", "министр обороны"),
    institutions=("Министерство обороны", "МИД"),
    marks=(("«", "»"), ("„", "“")),
    comma_inside=False,
    quote_after=(
        "{Q}, — заявил {S} по итогам переговоров.",
        "{Q}, — подчеркнул {S} на пресс-конференции.",
        "{Q}, — сказал {S} журналистам.",
    ),
    quote_before=("{S} заявил: {Q}", "Комментируя {T}, {N} отметил: {Q}"),
    anaphoric=("{Q}, — добавил он.", "{Q}, — отметила она."),
    institutional=("{Q}, — говорится в заявлении, которое распространило {I}.",),
    scare=("Газета «{P}» пишет, что во встрече приняли участие представители {n} стран.",),
    quotes=(
        "Мы продолжим укреплять нашу армию, и армия готова выполнить любую задачу",
        "Наше терпение не безгранично",
        "Переговоры должны продолжаться без предварительных условий",
        "Мы рассчитываем на более активную позицию наших партнёров",
        "Товарооборот между нашими странами вырос на {n} процентов",
        "Энергетическая безопасность является стратегическим приоритетом",
    ),
    narrative=(
        "Стороны также обсудили подготовку следующего раунда переговоров и обмен пленными.",
        "Оппозиция провела митинг у здания парламента, требуя досрочных выборов.",
        "По данным статистического комитета, ненефтяной экспорт вырос на {n} процентов.",
        "Делегация посетила штаб-квартиру альянса впервые после вступления в должность.",
    ),
    topics=("мирный процесс", "энергетический коридор", "переговоры о границе"),
    people=(
        ("Ильхам", "Алиев", "Алиев"),
        ("Хикмет", "Гаджиев", "Гаджиев"),
        ("Закир", "Гасанов", "Гасанов"),
        ("Эльмар", "Мамедъяров", "Мамедьяров"),
        ("Никол", "Пашинян", "Пашинян"),
        ("Сергей", "Лавров", "Лавров"),
        ("Мария", "Захарова", "Захарова"),
    ),
)

ES = Language(
    code="es",
    title="Revista de prensa, {date}",
    months=_words(
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    ),
    countries=("Azerbaiyán", "Armenia", "Georgia", "Rusia", "Turquía", "España"),
    rubrics=("PORTADA", "Política exterior", "Economía", "Defensa"),
    roles=(
        "el presidente",
        "el ministro de Asuntos Exteriores",
        "el portavoz del Ministerio de Asuntos Exteriores",
        "el primer ministro",
    ),
    institutions=("el Ministerio de Defensa", "el Ministerio de Asuntos Exteriores"),
    marks=(("«", "»"), ("“", "”")),
    comma_inside=False,
    quote_after=(
        "{Q}, declaró {S} durante su visita a Madrid.",
        "{Q}, afirmó {S} ante el Parlamento.",
        "{Q}, dijo {S} tras el encuentro.",
    ),
    quote_before=("{S} declaró a la prensa: {Q}", "Sobre {T}, {N} afirmó: {Q}"),
    anaphoric=("{Q}, añadió.", "{Q}, concluyó."),
    institutional=("{Q}, según indicó {I} en un comunicado.",),
    scare=("La cadena {P} informa de que la embajada expresó su «profunda decepción».",),
    quotes=(
        "Nuestro objetivo es un sistema plenamente proporcional, tal como prometimos a los ciudadanos",
        "Este Gobierno ha traicionado la confianza de la gente",
        "No vamos a abandonar las calles hasta que se convoquen elecciones anticipadas",
        "Apoyamos una solución pacífica del conflicto, pero la paciencia de nuestro pueblo tiene límites",
        "Las exportaciones crecieron un {n} por ciento el año pasado",
        "Francia es un amigo fiable y un copresidente comprometido",
    ),
    narrative=(
        "La oposición convocó una nueva manifestación frente al Parlamento después de la votación.",
        "El Gobierno prepara un paquete de reformas judiciales que será presentado en el mes de diciembre.",
        "Ambas partes acordaron reunirse de nuevo antes de fin de año para revisar los avances.",
        "Según los datos oficiales, el comercio bilateral alcanzó {n} millones de euros.",
    ),
    topics=("el proceso de paz", "la reforma electoral", "el corredor energético"),
)

IT = Language(
    code="it",
    title="Rassegna stampa del {date}",
    months=_words(
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"
    ),
    countries=("Azerbaigian", "Armenia", "Georgia", "Russia", "Turchia", "Italia"),
    rubrics=("PRIMO PIANO", "Politica estera", "Economia", "Difesa"),
    roles=(
        "il presidente",
        "il ministro degli Esteri",
        "il portavoce del ministero degli Esteri",
        "il primo ministro",
    ),
    institutions=("il ministero della Difesa", "il ministero degli Esteri"),
    marks=(("«", "»"), ("“", "”"), ('"', '"')),
    comma_inside=False,
    quote_after=(
        "{Q}, ha dichiarato {S} durante l'incontro al Quirinale.",
        "{Q}, ha aggiunto {S} in conferenza stampa.",
        "{Q}, ha detto {S}.",
    ),
    quote_before=("{S} ha dichiarato ai giornalisti: {Q}", "Su {T}, {N} ha affermato: {Q}"),
    anaphoric=("{Q}, ha aggiunto.", "{Q}, ha concluso."),
    institutional=("{Q}, si legge in una nota diffusa da {I}.",),
    scare=("Il quotidiano {P} dedica un approfondimento alla «retorica bellicosa» delle parti.",),
    quotes=(
        "Il nostro paese continuerà il suo cammino verso l'integrazione euro-atlantica",
        "L'Italia è uno dei nostri partner più importanti in Europa",
        "Consideriamo l'Italia un ponte tra il nostro paese e l'Unione europea",
        "Sosteniamo il formato negoziale attuale come unico quadro legittimo",
        "L'interscambio commerciale è cresciuto del {n} per cento",
        "Si tratta di un segnale importante di amicizia tra i nostri popoli",
    ),
    narrative=(
        "Il quotidiano economico dedica un approfondimento al progetto del porto in acque profonde.",
        "Le due delegazioni hanno firmato un memorandum sulla cooperazione culturale e scientifica.",
        "Secondo i dati ufficiali, i lavori termineranno entro la fine del prossimo anno.",
        "Il ministero ha espresso soddisfazione per la mozione approvata dal Parlamento.",
    ),
    topics=("il processo di pace", "la cooperazione energetica", "i negoziati"),
)

TR = Language(
    code="tr",
    title="Basın özeti - {date}",
    months=_words("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık"),
    countries=("AZERBAYCAN", "ERMENİSTAN", "GÜRCİSTAN", "RUSYA", "TÜRKİYE", "İRAN"),
    rubrics=("MANŞET", "Dış politika", "Ekonomi", "Savunma"),
    roles=("Cumhurbaşkanı", "Dışişleri Bakanı", "Milli Savunma Bakanı", "Başbakan"),
    institutions=("Milli Savunma Bakanlığı", "Dışişleri Bakanlığı"),
    marks=(('"', '"'), ("“", "”")),
    comma_inside=False,
    quote_after=(
        "{Q} dedi {S}.",
        "{S}, ortak basın toplantısında {Q} ifadelerini kullandı.",
        "{S}, {Q} diye konuştu.",
    ),
    quote_before=("{N}, {Q} dedi.", "{S} açıklamasında şunları söyledi: {Q}"),
    anaphoric=("{Q} diye ekledi.",),
    institutional=("{I} açıklamasında, {Q} denildi.",),
    scare=("{P} gazetesi bu buluşmayı “tarihi fırsat” olarak nitelendirdi.",),
    quotes=(
        "Toprak bütünlüğümüz tartışma konusu olamaz",
        "Bu sorun uluslararası hukuk çerçevesinde çözülmelidir",
        "İki devlet, tek milletiz ve her zaman yanınızdayız",
        "Tatbikat, iki ülke ordularının birlikte çalışabilirliğini artırmayı amaçlıyor",
        "Bu tatbikat hiçbir ülkeye karşı değildir, bölgede barış ve istikrara hizmet edecektir",
        "Ticaret hacmimiz geçen yıl yüzde {n} arttı",
    ),
    narrative=(
        "Bakanlar ayrıca bir sonraki müzakere turunun hazırlıklarını ele aldı.",
        "Muhalefet, erken seçim talebiyle meclis önünde bir gösteri düzenledi.",
        "Resmi verilere göre petrol dışı ihracat ilk yarıda yüzde {n} arttı.",
        "Heyet, görevine başlamasından bu yana ittifakın merkezini ilk kez ziyaret etti.",
    ),
    topics=("barış süreci", "enerji koridoru", "sınır görüşmeleri"),
)

LANGUAGES: dict[str, Language] = {lang.code: lang for lang in (FR, EN, DE, RU, ES, IT, TR)}
# Share of each language in the inbox: mostly French and English, as in the sample's desk.
WEIGHTS: dict[str, int] = {"fr": 30, "en": 25, "de": 10, "ru": 15, "es": 7, "it": 7, "tr": 6}
