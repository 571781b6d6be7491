"""Common given names in many languages and scripts: data, written by hand.

The parser finds runs of capitalised words that may be a person's name, and sometimes a run
starts with words that are not part of the name: a place, a body in the genitive, an adjective
("Севморпути Дмитрий Шамраев", "Певек Игорь Вуквутагин", "Geografía Humana Inmaculada
Fernández", "Wolińskiego Parku Narodowego Anna Jaroszewicz"). Knowing common given names lets it
cut the run where the given name starts.

A false hit cuts a real name, so the tables hold COMMON GIVEN NAMES ONLY. Left out on purpose
(see NOT_GIVEN_NAMES): words that are also common capitalised non-name words in a covered
language (English "Will", "Mark", "May"; Turkish "Deniz", "Devlet"; Italian "Bianca", as in
"Casa Bianca"), titles ("Sultan", "Sheikh", "Khan"), saint prefixes ("San", "Santa"), months
and weekdays ("August", "Julio", "Kasım", "Domingo"), countries and capital cities in any
covered language ("Georgia", "Jordan", "Sofia", "Victoria"), currencies ("Lev", "Rand"),
surnames more than given names ("Erdoğan", "Assad"), and anything shorter than three letters.

Names are stored as name_key() makes them: NFC, casefolded, with the combining dot that
casefold() leaves on Turkish "İ" removed ("İlham" -> "ilham"); Armenian "և" casefolds to "եւ".
Chinese given names are left out: the family name comes first, so a cut at the given name
would drop it. The same holds for Hungarian text ("Orbán Viktor"); the Hungarian table still
helps with Hungarian names written given name first in other languages.
"""

from __future__ import annotations

import functools
import unicodedata

from gender_guesser.detector import Detector

# English (UK, Ireland, US, Canada, Australia).
ENGLISH = (
    "hank|rick|newt|mitt|kelvin|condoleezza|"  # session 47: short and rarer forms
    "james|john|cornelius|robert|michael|william|david|richard|joseph|thomas|charles|christopher|daniel|"
    "matthew|anthony|donald|steven|stephen|paul|andrew|joshua|kenneth|kevin|brian|george|timothy|"
    "ronald|edward|jason|jeffrey|ryan|jacob|gary|nicholas|eric|jonathan|larry|justin|scott|brandon|"
    "benjamin|samuel|gregory|alexander|patrick|frank|raymond|jack|dennis|jerry|tyler|aaron|adam|"
    "nathan|henry|douglas|zachary|peter|kyle|noah|ethan|jeremy|walter|christian|keith|roger|terry|"
    "sean|gerald|carl|harold|dylan|arthur|lawrence|jesse|bryan|billy|bruce|gabriel|joe|logan|alan|"
    "albert|willie|elijah|wayne|randy|vincent|liam|roy|bobby|philip|phillip|harry|oliver|keir|"
    "rishi|nigel|tony|gordon|hillary|barack|kamala|nancy|mike|chuck|mitch|ted|lindsey|elon|jeff|"
    "tim|bernie|pete|nikki|ron|greg|jim|tom|steve|dave|chris|matt|dan|sam|nick|andy|alex|ian|neil|"
    "graham|colin|malcolm|duncan|angus|hamish|fergus|alistair|alasdair|stuart|stewart|craig|gavin|"
    "ewan|eamon|eamonn|enda|micheál|seán|séamus|ciarán|conor|declan|kieran|fintan|ruairí|gerry|leo|"
    "mary|patricia|jennifer|linda|elizabeth|barbara|susan|jessica|sarah|karen|lisa|betty|margaret|"
    "sandra|ashley|kimberly|emily|donna|michelle|carol|amanda|dorothy|melissa|deborah|stephanie|"
    "rebecca|laura|cynthia|kathleen|amy|angela|shirley|anna|brenda|pamela|emma|nicole|helen|"
    "samantha|katherine|christine|debra|rachel|carolyn|janet|catherine|heather|diane|ruth|julie|"
    "olivia|joyce|kelly|lauren|christina|joan|evelyn|judith|megan|andrea|cheryl|hannah|jacqueline|"
    "martha|teresa|ann|frances|kathryn|janice|jean|abigail|alice|julia|judy|sophia|denise|doris|"
    "marilyn|danielle|beverly|isabella|theresa|diana|natalie|charlotte|marie|kayla|alexis|lori|liz|"
    "kate|anne|jane|priti|suella|yvette|jacinda|chrystia|niamh|siobhán|aoife|ciara|róisín|mairéad|"
    "saoirse|orla|bridget|sinead|sinéad|caitlin|gillian|fiona|kirsty|morag|eilidh"
)

# French (France, Belgium, Switzerland, Quebec, francophone Africa).
FRENCH = (
    "jean|pierre|michel|philippe|alain|jacques|bernard|patrick|christophe|nicolas|daniel|éric|eric|"
    "frédéric|laurent|stéphane|david|pascal|thierry|sébastien|julien|olivier|christian|dominique|"
    "gérard|françois|thomas|marc|andré|claude|rené|louis|paul|henri|georges|guy|yves|marcel|roger|"
    "robert|maurice|raymond|lucien|gilles|didier|bruno|denis|franck|vincent|antoine|alexandre|"
    "emmanuel|jérôme|xavier|guillaume|benoît|benoit|arnaud|cédric|fabien|fabrice|hervé|lionel|"
    "mathieu|matthieu|maxime|quentin|romain|sylvain|yannick|kévin|hugo|lucas|léo|gabriel|raphaël|"
    "arthur|jules|adam|mathis|nathan|théo|clément|baptiste|valentin|victor|bertrand|gaspard|"
    "édouard|edouard|gérald|étienne|etienne|eugène|yann|loïc|gaël|florian|damien|jérémy|rémi|rémy|"
    "mickaël|michaël|grégoire|benjamin|bastien|aurélien|marie|nathalie|isabelle|sylvie|catherine|"
    "françoise|christine|monique|valérie|sandrine|sophie|véronique|martine|nicole|céline|chantal|"
    "stéphanie|brigitte|élisabeth|elisabeth|aurélie|caroline|émilie|emilie|julie|laurence|hélène|"
    "patricia|corinne|delphine|virginie|agnès|anne|claire|camille|charlotte|chloé|clémence|élise|"
    "emma|inès|léa|louise|lucie|manon|margaux|marion|mathilde|pauline|sarah|amélie|audrey|béatrice|"
    "cécile|danielle|éliane|geneviève|ginette|jacqueline|jeanne|josiane|juliette|laure|léna|lise|"
    "madeleine|marguerite|michèle|mireille|murielle|nadine|odile|pascale|rachida|ségolène|simone|"
    "solène|suzanne|yvonne|agathe|anaïs|océane|clara|zoé|alice|gisèle|annie|christiane|édith|edith|"
    "yaël|prisca|noémie|mélanie"
)

# German, Austrian and Swiss German.
GERMAN = (
    "ignatz|sigmar|peter|michael|thomas|andreas|stefan|klaus|wolfgang|jürgen|dieter|hans|günter|günther|uwe|"
    "werner|manfred|gerhard|horst|helmut|heinz|karl|kurt|walter|frank|bernd|jörg|jens|dirk|sven|"
    "lars|markus|matthias|tobias|florian|sebastian|julian|lukas|jonas|felix|max|paul|fritz|"
    "heinrich|friedrich|wilhelm|ludwig|hermann|rolf|rainer|ralf|olaf|norbert|siegfried|volker|"
    "joachim|ulrich|armin|boris|cem|robert|anton|georg|johann|johannes|jakob|moritz|leon|finn|"
    "elias|emil|theo|till|timo|nils|kai|jan|jannik|niklas|philipp|christoph|benedikt|dominik|"
    "hannes|kevin|hubert|gernot|reinhold|herbert|alexander|christian|martin|otto|ernst|gustav|"
    "hendrik|winfried|hubertus|ingo|tino|jochen|detlef|hartmut|bodo|achim|erwin|alfred|gottfried|"
    "konrad|ueli|urs|beat|reto|ruedi|sepp|hansjörg|pirmin|balthasar|reinhard|xaver|korbinian|"
    "alois|angela|anna|ursula|annalena|"
    "sahra|katrin|claudia|sabine|petra|monika|gabriele|birgit|heike|susanne|andrea|karin|renate|"
    "ingrid|helga|gisela|brigitte|ute|elke|silke|anke|antje|kerstin|nicole|stefanie|julia|lena|"
    "leonie|hannah|sophie|lea|laura|lisa|sarah|katharina|johanna|charlotte|franziska|svenja|"
    "manuela|marlene|luisa|greta|frieda|ilse|hildegard|gertrud|elisabeth|christa|christine|"
    "christina|martina|simone|nadine|anja|tanja|sandra|daniela|melanie|jana|doris|heidi|margot|"
    "annegret|dorothee|beate|cornelia|carola|bärbel|hanna|mia|emma|ida|ella|clara|klara|paula|mila|"
    "lina|nele|ines|ricarda|saskia|alice|malu|klaudia|gudrun|leonore|pamela|regula|verena|priska|"
    "vreni|simonetta|viola|mattea"
)

# Dutch and Flemish.
DUTCH = (
    "sietse|sietske|sytse|sytze|durk|gerben|jitske|aukje|rients|wiebe|tjeerd|jouke|hylke|auke|"
    "freek|douwe|oebele|sjoukje|baukje|jetske|wietske|tjitske|froukje|"
    "jan|piet|kees|gerhardus|johannes|henk|joost|wouter|pieter|maarten|ruud|geert|frans|hans|johan|willem|bart|bram|"
    "daan|sem|lucas|thijs|jeroen|sander|niels|sjoerd|rutger|dirk|erik|gert|gerrit|hendrik|hugo|"
    "jasper|jesse|koen|lars|marco|martijn|menno|michiel|ronald|stijn|tom|tim|vincent|wim|wopke|"
    "dick|jelle|stef|rik|pim|ruben|thierry|caspar|diederik|frits|gijs|hidde|jaap|joris|klaas|"
    "lodewijk|mees|teun|tijs|wilco|alexander|filip|jozef|marc|luc|conner|koenraad|sigrid|dilan|"
    "femke|lotte|sanne|anouk|annemiek|ingrid|marieke|mieke|els|ellen|esther|fleur|inge|janneke|kim|"
    "linda|lieke|loes|marjolein|mariëlle|nienke|saskia|sophie|tess|yvonne|annelies|hilde|veerle|"
    "griet|katrien|tine|hanneke|ilse|jolanda|karin|liesbeth|margriet|mirjam|petra|renske|wendy|"
    "anneke|astrid|fenna|"
    "eelco|eppo|wybren|sybrand|goedele|lilianne|gidi|zuhal"  # session 48
)

# Spanish and Latin American, with Catalan, Basque and Galician forms.
SPANISH = (
    "josé|antonio|manuel|francisco|juan|david|javier|daniel|carlos|jesús|alejandro|miguel|rafael|"
    "pedro|pablo|fernando|sergio|luis|jorge|alberto|álvaro|diego|adrián|raúl|enrique|ramón|vicente|"
    "andrés|joaquín|víctor|eduardo|roberto|jaime|mario|ignacio|alfonso|ricardo|emilio|gonzalo|"
    "guillermo|marcos|rubén|óscar|hugo|martín|lucas|mateo|nicolás|íñigo|gabriel|agustín|felipe|"
    "gustavo|mauricio|sebastián|rodrigo|cristian|arturo|héctor|hernán|esteban|fidel|gilberto|"
    "marcelo|leonardo|patricio|rigoberto|ernesto|federico|tomás|césar|julián|lorenzo|jordi|iker|"
    "xosé|xabier|mikel|aitor|unai|asier|gorka|iñaki|oriol|pere|joan|josep|carles|xavier|albert|"
    "marc|arnau|anxo|xoán|brais|iago|xurxo|ginés|moisés|maría|carmen|ana|isabel|laura|cristina|marta|lucía|"
    "elena|sara|paula|raquel|beatriz|patricia|rosa|silvia|teresa|julia|alicia|irene|andrea|mónica|"
    "nuria|núria|sonia|eva|yolanda|susana|lorena|verónica|ángela|inés|natalia|alejandra|begoña|"
    "margarita|esther|noelia|valeria|martina|daniela|carla|claudia|ximena|gabriela|mariana|"
    "fernanda|valentina|camila|catalina|josefina|dolores|pilar|inmaculada|rocío|paloma|almudena|"
    "macarena|araceli|montse|mireia|laia|meritxell|ainhoa|leire|amaia|nerea|maite|itziar|arantxa|"
    "uxía|antía|yasmina|"
    # session 24: Basque and Navarrese names, and older Spanish ones
    "iñigo|íñigo|fermín|aitor|unai|asier|mikel|koldo|xabier|ander|gorka|iker|ibai|eneko|joseba|"
    "patxi|txema|begoña|idoia|garbiñe|ainara|iratxe|irati|edurne|anselmo|baltasar|benito|"
    "ceferino|eusebio|fidel|gregorio|hilario|isidro|leandro|marcelino|nicanor|pascual|rufino|"
    "saturnino|teófilo|valeriano|eladio|evaristo|florencio|nemesio|remedios|inmaculada|"
    "milagros|encarnación|purificación|rocío|consuelo|amparo|visitación"
)

# Portuguese and Brazilian.
PORTUGUESE = (
    "cristiano|"  # session 43
    # session 47: Brazilian given names, some of English origin (Milton, Wellington)
    "milton|nelson|wilson|edson|wellington|romeu|renan|davi|gilmar|celso|everaldo|heloísa|"
    "damares|gleisi|"
    "joão|josé|antónio|antônio|francisco|luís|luiz|pedro|paulo|carlos|manuel|rui|nuno|tiago|thiago|"
    "miguel|ricardo|jorge|fernando|marcelo|gonçalo|duarte|afonso|diogo|rodrigo|bernardo|henrique|"
    "sérgio|vítor|hugo|andré|bruno|fábio|filipe|rafael|gustavo|lucas|mateus|gabriel|guilherme|"
    "leonardo|eduardo|márcio|marcos|jair|flávio|geraldo|aécio|ciro|inácio|sebastião|joaquim|"
    "augusto|álvaro|vasco|raimundo|alexandre|renato|rogério|cláudio|júlio|mário|vinícius|caio|"
    "heitor|otávio|tarcísio|fernão|simão|cristóvão|tomás|martim|lourenço|valter|maria|ana|beatriz|"
    "catarina|inês|mariana|joana|rita|marta|teresa|helena|francisca|leonor|luísa|luiza|margarida|"
    "isabel|cristina|sandra|patrícia|fernanda|juliana|adriana|camila|larissa|letícia|gabriela|"
    "bruna|aline|daniela|simone|marina|tatiana|débora|michelle|marília|fátima|dilma|raquel|sílvia|"
    "vânia|andreia|filipa|sónia|susana|célia|lúcia|rosana|"
    # session 24: more names of Portugal, Brazil and the Lusophone African countries
    "conceição|lurdes|amélia|celeste|albertina|dulce|natália|ângela|filomena|"
    "ermelinda|esperança|benedita|virgínia|judite|ivone|cecília|madalena|rosário|graciete|"
    "aurélio|salomão|armando|américo|arlindo|basílio|custódio|ernesto|felisberto|"
    "horácio|jacinto|lázaro|matias|norberto|reinaldo|silvino|teodoro|venâncio|zacarias"
)

# Italian.
ITALIAN = (
    "calogero|gian|pier|"  # the first halves of Gian Marco, Gian Luca, Pier Silvio, written apart
    "danilo|ezio|lucio|osvaldo|graziano|fulvio|goffredo|clemente|angelino|"  # session 59
    "giuseppe|giovanni|antonio|mario|luigi|francesco|angelo|vincenzo|pietro|salvatore|carlo|"
    "domenico|bruno|paolo|michele|giorgio|aldo|sergio|luciano|roberto|stefano|marco|andrea|"
    "alessandro|matteo|lorenzo|davide|simone|federico|riccardo|gabriele|leonardo|tommaso|edoardo|"
    "giacomo|emanuele|enrico|fabio|massimo|maurizio|claudio|silvio|sandro|dario|enzo|gianni|"
    "giancarlo|gianluca|giulio|guido|ignazio|nicola|nicolò|ottavio|piero|renzo|umberto|vittorio|"
    "fausto|ettore|beppe|achille|alberto|alfredo|daniele|elio|filippo|flavio|raffaele|rocco|cesare|"
    "ugo|valerio|mattia|gennaro|ciro|pasquale|luca|giuliano|lamberto|mauro|adriano|corrado|"
    "gianfranco|giampaolo|pierluigi|maria|anna|giuseppina|angela|giovanna|teresa|lucia|carmela|"
    "caterina|francesca|chiara|sara|giulia|martina|valentina|alessandra|federica|elisa|silvia|"
    "laura|paola|elena|roberta|simona|claudia|daniela|barbara|cristina|antonella|monica|manuela|"
    "patrizia|rita|emma|beatrice|alice|greta|matilde|giorgia|marta|ilaria|debora|letizia|"
    "margherita|stefania|tiziana|raffaella|luisa|ornella|nunzia|carla|mara|mariastella|irene|"
    "serena|fiorella|nilde|marina|livia|flavia|ludovica|concetta|immacolata|rosaria|loredana|"
    "donatella|gabriella|mariangela|"
    # session 32: compound given names ("il leader della Uil Pierpaolo Bombardieri")
    "pierpaolo|piergiorgio|pierfrancesco|pierantonio|gianmarco|gianpiero|giampiero|gianmaria|"
    "giovanbattista|gianpaolo|gianluigi|mariagrazia|mariarosa|marialuisa|pierino"
)

# Nordic: Swedish, Norwegian, Danish, Finnish, Icelandic.
NORDIC = (
    "lars|anders|johan|erik|nils|olof|magnus|mikael|fredrik|henrik|mats|björn|göran|gustav|oskar|"
    "oscar|ulf|bengt|sven|leif|åke|kjell|håkan|stig|tomas|jonas|linus|axel|isak|jimmie|gunnar|"
    "ingvar|torbjörn|hjalmar|torsten|jens|espen|trygve|knut|ole|arne|bjørn|eirik|håkon|harald|"
    "haakon|sigurd|terje|geir|øystein|kjetil|torstein|trond|svein|morten|magne|vegard|sindre|"
    "marius|torbjørn|ivar|vidar|søren|rasmus|mads|frederik|niels|poul|jesper|kasper|mikkel|troels|"
    "villy|malthe|juha|matti|timo|mikko|jari|kari|antti|jukka|markku|pekka|petteri|sauli|heikki|"
    "hannu|ilkka|janne|jussi|kimmo|lauri|olli|pasi|sami|tapio|teemu|tuomas|esko|erkki|eero|aleksi|"
    "alexander|jón|sigurður|guðmundur|ólafur|einar|kristján|bjarni|ragnar|árni|stefán|davíð|"
    "steingrímur|ebba|magdalena|annie|elsa|astrid|karin|kristina|birgitta|margareta|ingela|lena|"
    "ulla|anneli|helena|annika|linnea|wilma|elin|emelie|johanna|frida|malin|åsa|märta|ylva|sigrid|"
    "solveig|tove|isabella|klara|camilla|louise|jenny|jessica|lotta|erna|marit|tonje|ragnhild|"
    "randi|torill|hege|kristin|trine|mette|lene|gunhild|ingvild|åse|hanne|pia|helle|margrethe|"
    "kirsten|dorte|lise|susanne|birthe|inger|pernille|freja|signe|stine|elina|riikka|tuula|päivi|"
    "marja|sari|tiina|minna|leena|pirjo|kaisa|katri|satu|outi|ritva|aino|eeva|jenni|heli|merja|"
    "mari|sirpa|tarja|sanna|katrín|guðrún|sigríður|kristín|margrét|helga|þórdís|halla|björg|"
    "jóhanna|þorgerður"
)

# Baltic: Lithuanian, Latvian, Estonian.
BALTIC = (
    "andrius|gitanas|vytautas|algirdas|antanas|jonas|juozas|petras|kazimieras|tomas|mantas|lukas|"
    "darius|gintautas|saulius|rimantas|arūnas|audrius|dainius|giedrius|linas|mindaugas|povilas|"
    "ramūnas|remigijus|rolandas|valdas|vilius|žygimantas|gabrielius|simonas|paulius|karolis|"
    "laurynas|edgaras|egidijus|gintaras|valdemaras|ingrida|dalia|agnė|aušra|birutė|daiva|eglė|"
    "giedrė|gintarė|inga|jurgita|kristina|laima|milda|rasa|rūta|simona|vaida|vilma|živilė|aistė|"
    "ieva|gabija|ugnė|austėja|monika|aurelija|loreta|irena|asta|jūratė|žaneta|jānis|andris|edgars|"
    "krišjānis|egils|artis|aivars|māris|uldis|valdis|raimonds|guntis|ivars|juris|kārlis|mārtiņš|"
    "raivis|ainārs|aigars|gatis|kristaps|kaspars|dainis|didzis|armands|reinis|valters|ingus|"
    "artūrs|aleksandrs|pēteris|roberts|rihards|oskars|gints|normunds|inese|ilze|kristīne|līga|dace|"
    "evika|ināra|baiba|solvita|vaira|zane|sanita|agnese|anda|gunta|jolanta|daina|elīna|anete|linda|"
    "dzintra|iveta|ilona|alar|jüri|toomas|andrus|tõnis|jaak|margus|urmas|priit|tiit|peeter|madis|"
    "indrek|kristjan|siim|hanno|jaanus|aivar|kalle|kaido|raivo|tarmo|lembit|tõnu|taavi|ilmar|kaja|"
    "kersti|ülle|kadri|liina|triin|piret|kristiina|maris|riina|merike|kaia|keit|evelin|liisa"
)

# Polish.
POLISH = (
    "piotr|krzysztof|andrzej|tomasz|paweł|jan|michał|marcin|jakub|adam|łukasz|marek|grzegorz|"
    "wojciech|mateusz|mariusz|dariusz|zbigniew|jerzy|maciej|rafał|robert|kamil|józef|stanisław|"
    "tadeusz|janusz|ryszard|henryk|kazimierz|jacek|sławomir|radosław|przemysław|szymon|bartosz|"
    "dawid|daniel|filip|kacper|jarosław|lech|bronisław|donald|władysław|mirosław|waldemar|zdzisław|"
    "leszek|bogdan|roman|ireneusz|witold|zenon|zygmunt|czesław|edward|eugeniusz|wiesław|antoni|"
    "aleksander|wiktor|igor|hubert|patryk|konrad|sebastian|dominik|oskar|borys|artur|mieczysław|"
    "bolesław|mikołaj|franciszek|ignacy|krystian|damian|norbert|wacław|ludwik|bartłomiej|beata|"
    "agnieszka|anna|maria|katarzyna|małgorzata|barbara|ewa|krystyna|elżbieta|magdalena|joanna|"
    "monika|aleksandra|zofia|teresa|danuta|natalia|karolina|marta|agata|dorota|jadwiga|halina|"
    "irena|grażyna|bożena|renata|iwona|jolanta|urszula|alicja|justyna|kinga|weronika|julia|"
    "wiktoria|zuzanna|hanna|lena|paulina|patrycja|sylwia|izabela|ilona|aneta|edyta|emilia|marzena|"
    "wanda|janina|lucyna|kamila|klaudia|oliwia|amelia|antonina|gabriela|iga|ewelina|żaneta|lidia|"
    "celina|wiesława|stanisława|genowefa|helena|"
    # session 26
    "wioletta|czesława|bogumiła|mirosława|kazimiera|bogusława"
)

# Czech and Slovak.
CZECH_SLOVAK = (
    "jiří|petr|josef|pavel|martin|tomáš|jaroslav|miroslav|zdeněk|václav|michal|františek|karel|"
    "milan|vladimír|lukáš|david|jakub|ondřej|marek|roman|radek|stanislav|antonín|vojtěch|filip|"
    "daniel|matěj|adam|dominik|ladislav|vít|andrej|igor|robert|peter|juraj|ján|jozef|ľudovít|"
    "štefan|mikuláš|eduard|ivan|richard|boris|matúš|marián|rudolf|bohumil|jaromír|vlastimil|radim|"
    "oldřich|bohuslav|přemysl|zbyněk|libor|kamil|zuzana|jana|marie|eva|hana|anna|lenka|kateřina|"
    "věra|lucie|alena|petra|veronika|jaroslava|tereza|martina|michaela|jitka|helena|ludmila|zdeňka|"
    "ivana|monika|eliška|markéta|barbora|klára|kristýna|adéla|natálie|dagmar|olga|pavla|šárka|"
    "radka|iveta|blanka|dana|vlasta|milada|božena|mária|katarína|lucia|denisa|soňa|viera|jarmila|"
    "libuše|milena|naděžda|jiřina|marcela|romana|taťána|karolína|anežka"
)

# Romanian and Moldovan (comma-below and cedilla spellings both).
ROMANIAN = (
    "ion|gheorghe|vasile|constantin|nicolae|mihai|dumitru|ioan|alexandru|andrei|adrian|marian|"
    "daniel|florin|cristian|ionuț|ionuţ|gabriel|mircea|marius|sorin|viorel|victor|lucian|cătălin|"
    "claudiu|dan|emil|eugen|liviu|nicușor|nicuşor|klaus|traian|petru|radu|răzvan|ovidiu|valentin|"
    "george|ilie|iulian|costel|dorin|marcel|octavian|ștefan|ştefan|tudor|vlad|bogdan|cosmin|horia|"
    "sebastian|ciprian|teodor|remus|grigore|dacian|rareș|rareş|iurie|vadim|veaceslav|sergiu|oleg|"
    "igor|călin|maria|elena|ioana|ana|mihaela|andreea|cristina|daniela|gabriela|alexandra|simona|"
    "alina|adriana|roxana|raluca|irina|monica|nicoleta|florentina|georgiana|mariana|larisa|laura|"
    "diana|corina|carmen|viorica|doina|ecaterina|lucia|camelia|oana|anca|ramona|natalia|violeta|"
    "rodica|liliana|luminița|luminiţa|zinaida|olga|dorina|aurelia|ileana|maia|iulia|ionela"
)

# Hungarian. In Hungarian text the family name comes first (Orbán Viktor).
HUNGARIAN = (
    "lászló|istván|józsef|jános|zoltán|sándor|gábor|ferenc|attila|péter|tamás|zsolt|tibor|andrás|"
    "csaba|imre|lajos|györgy|balázs|mihály|károly|róbert|gergely|dániel|ádám|bence|máté|dávid|"
    "levente|viktor|márton|miklós|béla|gyula|árpád|dezső|ottó|kristóf|norbert|szabolcs|krisztián|"
    "richárd|pál|antal|endre|géza|jenő|ákos|zsombor|barnabás|botond|vilmos|ernő|kálmán|lőrinc|"
    "benedek|marcell|olivér|katalin|mária|erzsébet|ilona|éva|anna|zsuzsanna|margit|judit|ágnes|"
    "andrea|erika|krisztina|ildikó|eszter|júlia|anita|tímea|edit|szilvia|mónika|rita|gabriella|"
    "viktória|zsófia|dóra|nikolett|bernadett|boglárka|réka|piroska|magdolna|irén|hajnalka|orsolya|"
    "veronika|klára|csilla|emese|enikő|noémi|tünde|kinga|sarolta"
)

# South Slavic in Latin script: Serbian, Croatian, Bosnian, Slovene, Montenegrin.
SOUTH_SLAVIC_LATIN = (
    "ivan|marko|aleksandar|nikola|stefan|luka|milan|dragan|zoran|goran|dejan|nenad|miloš|vladimir|"
    "srđan|bojan|darko|dušan|đorđe|nebojša|predrag|saša|slobodan|tomislav|vojislav|zlatko|željko|"
    "zdravko|branko|boris|ante|andrej|andrija|ivo|josip|mario|krunoslav|davor|damir|dario|hrvoje|"
    "igor|jure|jakov|kristijan|mladen|petar|stjepan|tihomir|vedran|zvonimir|franjo|milorad|miodrag|"
    "radovan|ratko|momčilo|nemanja|vuk|uroš|veljko|vladan|žarko|mirko|borut|janez|matej|robert|"
    "bakir|alija|haris|adnan|almir|amir|denis|edin|elvir|kenan|nermin|senad|zlatan|milo|dimitar|"
    "hristijan|stevo|milojko|jelena|aleksandra|ana|marija|ivana|milica|dragana|snežana|vesna|"
    "tatjana|gordana|mirjana|biljana|svetlana|ljiljana|danijela|dubravka|katarina|kristina|sanja|"
    "sandra|marina|mirela|andrea|petra|iva|lana|lucija|mia|sara|dora|zorana|ankica|ljubica|slavica|"
    "zorica|branka|radmila|olivera|jasmina|nevena|teodora|jovana|anđela|tijana|kolinda|andreja|"
    "nataša|mojca|alenka|urška|nina|amra|selma|lejla|amela|aida|azra|emina|belma|dženana|elma|"
    "lamija|merima|sabina|šejla"
)

# Bulgarian, Serbian and Macedonian in Cyrillic.
SOUTH_SLAVIC_CYRILLIC = (
    "иван|георги|димитър|николай|петър|христо|стефан|тодор|васил|александър|росен|бойко|румен|"
    "кирил|асен|делян|цветан|красимир|пламен|валентин|мартин|калин|йордан|симеон|борислав|любомир|"
    "милен|огнян|емил|владимир|лъчезар|светослав|благой|ивайло|явор|веселин|деян|илия|момчил|"
    "радослав|стоян|тихомир|цветомир|янко|валери|волен|мария|елена|йорданка|иванка|десислава|"
    "надежда|ива|цветелина|галина|ирина|анна|красимира|росица|теодора|виолета|радослава|гергана|"
    "милена|зорница|николета|славка|стефка|снежана|станислава|петя|нина|илияна|калина|катя|"
    "корнелия|мариана|мариела|нели|силвия|яна|галя|даниела|екатерина|ралица|гинка|стела|александар|"
    "милош|никола|марко|лука|душан|ђорђе|драган|зоран|горан|дејан|ненад|небојша|бојан|срђан|"
    "слободан|војислав|предраг|мирослав|милан|вук|ивица|бранко|томислав|вељко|урош|немања|огњен|"
    "милорад|христијан|димитар|стево|љупчо|ѓорге|ѓорѓе|влатко|ана|јелена|марија|ивана|милица|"
    "драгана|весна|тијана|јована|катарина|мирјана|гордана|биљана|светлана|татјана|јасмина|наташа|"
    "невена|љиљана|зорана|катица|радмила|елизабета|славица"
)

# Russian, in Cyrillic.
RUSSIAN = (
    "александр|алексей|андрей|антон|аркадий|артём|артем|борис|вадим|валентин|валерий|василий|"
    "виктор|виталий|владимир|владислав|вячеслав|геннадий|георгий|глеб|григорий|даниил|денис|"
    "дмитрий|евгений|егор|иван|игорь|илья|кирилл|константин|леонид|максим|марат|михаил|никита|"
    "николай|олег|павел|пётр|петр|роман|руслан|семён|семен|сергей|станислав|степан|тимур|фёдор|"
    "федор|юрий|ярослав|эдуард|эльдар|анатолий|альберт|всеволод|герман|матвей|марк|рамзан|богдан|"
    "тимофей|арсений|елисей|захар|святослав|филипп|анна|мария|елена|ольга|наталья|наталия|татьяна|"
    "ирина|светлана|екатерина|юлия|анастасия|дарья|марина|евгения|валентина|галина|людмила|нина|"
    "надежда|вера|ксения|алина|полина|алёна|алена|елизавета|кристина|маргарита|оксана|яна|тамара|"
    "лариса|зинаида|вероника|алла|инна|жанна|лидия|майя|эльвира|альбина|диана|милана|валерия|"
    "варвара|василиса|софья|элла|эмма|регина|ульяна|таисия|ангелина|кира|элина|арина|снежана|"
    "антонина|раиса|клавдия|сара"
)

# English and other Western given names as Russian and Ukrainian write them, whose spelling a
# letter-by-letter transliteration does not give back (Джон is John, Мэтью is Matthew).
CYRILLIC_WESTERN = (
    "джон|джеймс|джо|джозеф|джордж|джереми|джеффри|джек|джейк|джессика|джулия|джули|джим|"
    "джимми|джеральд|джанет|дженнифер|джейн|джоанна|майкл|майк|мэтью|метью|мэтт|метт|"
    "дэвид|девід|дейвід|стивен|стівен|кристофер|крістофер|энтони|ентоні|эндрю|ендрю|уильям|"
    "вільям|билл|білл|хиллари|гілларі|кондолиза|кондоліза|тони|тоні|ларри|ларрі|терри|террі|"
    "кейт|мэри|мері|сьюзан|бенджамин|рональд|барак|кевин|кевін|брайан|браян|скотт|тодд|нэнси|"
    "ненсі|кэтрин|кетрін|керри|ангела|реджеп|мевлют|ахмет|мустафа|лиз|ліз|риши|кэмерон|"
    "гордон|тереза|маргарет|джастин|франсуа|жан|жак|николя|франц|вальтер|ханс|ганс|йоахим|"
    "йошка|герхард|фридрих|фрідріх"
)

# Russian given names in common Latin transliterations (en, de, fr).
RUSSIAN_LATIN = (
    "aleksandr|alexander|alexandr|aleksei|alexei|alexey|aleksey|andrei|andrey|anton|arkady|arkadiy|"
    "artyom|artem|boris|vadim|valentin|valery|valeriy|valeri|vasily|vasiliy|vasili|viktor|vitaly|"
    "vitaliy|vitali|vladimir|vladislav|vyacheslav|gennady|gennadiy|gennadi|georgy|georgiy|gleb|"
    "grigory|grigoriy|grigori|daniil|denis|dmitry|dmitri|dmitriy|dmitrii|dmitrij|yevgeny|yevgeniy|"
    "evgeny|evgeniy|evgenii|jewgeni|yegor|egor|igor|ilya|kirill|konstantin|leonid|maxim|maksim|"
    "mikhail|michail|nikita|nikolai|nikolay|oleg|pavel|pyotr|petr|ruslan|semyon|sergei|sergey|"
    "sergej|sergueï|stanislav|stepan|timur|fyodor|fedor|yuri|yury|yuriy|iurii|juri|yaroslav|eduard|"
    "anatoly|anatoliy|anatoli|vsevolod|matvei|matvey|ramzan|wladimir|timofey|arseny|anna|maria|"
    "yelena|elena|olga|natalya|natalia|tatyana|tatiana|irina|svetlana|yekaterina|ekaterina|yulia|"
    "yuliya|julia|anastasia|darya|daria|marina|yevgenia|evgenia|valentina|galina|lyudmila|ludmila|"
    "nina|nadezhda|vera|kseniya|ksenia|alina|polina|alyona|alena|viktoria|yelizaveta|elizaveta|"
    "kristina|margarita|oksana|yana|tamara|larisa|zinaida|veronika|alla|inna|zhanna|lidiya|lidia|"
    "maya|elvira|diana|milana|valeria|varvara|vasilisa|ulyana|lyubov"
)

# Ukrainian, in Cyrillic.
UKRAINIAN = (
    "андрій|олександр|олексій|володимир|віталій|віктор|дмитро|сергій|юрій|михайло|микола|петро|"
    "павло|іван|богдан|тарас|остап|ярослав|валерій|василь|григорій|денис|євген|ігор|максим|олег|"
    "роман|руслан|святослав|степан|тимофій|федір|арсеній|кирило|анатолій|борис|леонід|назар|артем|"
    "давид|вадим|геннадій|костянтин|станіслав|данило|орест|зеновій|мирослав|любомир|олена|ірина|"
    "юлія|ольга|наталія|наталя|тетяна|оксана|світлана|людмила|марія|анна|ганна|катерина|анастасія|"
    "дарина|галина|лариса|надія|валентина|інна|христина|соломія|зоряна|уляна|мирослава|богдана|"
    "ярослава|олеся|іванна|марина|яна|аліна|євгенія|вероніка|віра|зоя|леся|ліна|тамара|лідія|раїса"
)

# Polish given names as Russian and Ukrainian write them (Малгожата Вуйцік, Кшиштоф Ковальський).
POLISH_CYRILLIC = (
    "малгожата|катажина|агнешка|кшиштоф|збігнєв|збигнев|войцех|анджей|єжи|ежи|мацей|гжегож|"
    "ядвіга|ядвига|барбара|беата|ельжбета|эльжбета|богуслав|януш|рышард|ришард|тадеуш|ізабела|"
    "изабелла|дорота|йоанна|иоанна|яцек|марек|пйотр|пётр|томаш|лукаш|павел|кароль|вітольд|витольд"
)

# Ukrainian given names in common Latin transliterations.
UKRAINIAN_LATIN = (
    "andriy|andrii|oleksandr|oleksiy|oleksii|volodymyr|vitaliy|vitalii|dmytro|serhiy|serhii|yuriy|"
    "yurii|mykhailo|mykhaylo|mykola|petro|pavlo|ivan|bohdan|taras|ostap|yaroslav|vasyl|hryhoriy|"
    "yevhen|ihor|maksym|oleh|roman|ruslan|sviatoslav|svyatoslav|stepan|fedir|arseniy|arsenii|"
    "kyrylo|anatoliy|anatolii|leonid|nazar|artem|kostiantyn|kostyantyn|danylo|orest|myroslav|olena|"
    "iryna|yuliia|yulia|olha|nataliia|natalia|tetiana|tetyana|oksana|svitlana|liudmyla|lyudmyla|"
    "mariia|maria|hanna|kateryna|viktoriia|anastasiia|daryna|halyna|nadiia|nadiya|valentyna|"
    "khrystyna|solomiia|solomiya|zoriana|uliana|myroslava|bohdana|yaroslava|olesia|olesya|ivanna|"
    "maryna|yevheniia|veronika|lesia|lesya|liubov"
)

# Ukrainian and Russian given names as Polish and Czech write them (Ołeksandr Dmytruk,
# Swietłana Dubowa, Wołodymyr Zełenski).
EAST_SLAVIC_POLISH = (
    "ołeksandr|ołeksij|wołodymyr|witalij|serhij|jurij|mychajło|mykoła|pawło|iwan|jarosław|"
    "wasyl|hryhorij|jewhen|ołeh|rusłan|swiatosław|tymofij|andrij|ołena|julija|ołha|natalija|"
    "swiatłana|swietłana|ludmyła|marija|anastasija|hałyna|nadija|walentyna|chrystyna|sołomija|"
    "łesia|siergiej|władimir|dmitrij|aleksiej|michaił|nikołaj|wiktor|jelena|tatiana|natalja|"
    "wołodymyra|oleksandr|volodymyr|svitlana|světlana|vladimír|sergej|jevgenij"
)

# Belarusian, in Cyrillic and Latin.
BELARUSIAN = (
    "аляксандр|аляксей|андрэй|уладзімір|сяргей|дзмітрый|міхаіл|мікалай|павел|віктар|юрый|ігар|алег|"
    "раман|валерый|васіль|генадзь|зміцер|франак|язэп|янка|максім|ілля|антон|яўген|канстанцін|пётр|"
    "станіслаў|мікола|святлана|вольга|марыя|ганна|алена|ірына|наталля|таццяна|вераніка|кацярына|"
    "юлія|марына|людміла|галіна|надзея|валянціна|алеся|паліна|aliaksandr|alyaksandr|aliaksei|"
    "alyaksei|uladzimir|siarhei|siarhiej|dzmitry|zmitser|mikalai|viktar|yury|ihar|aleh|raman|"
    "valery|vasil|hienadz|franak|yanka|maksim|sviatlana|volha|maryia|iryna|natallia|tatsiana|"
    "veranika|katsiaryna|maryna|yuliya|palina|lyudmila|halina|nadzeya"
)

# Greek, in Latin transliteration.
GREEK = (
    "konstantinos|kostas|georgios|giorgos|ioannis|giannis|yannis|dimitrios|dimitris|nikolaos|nikos|"
    "panagiotis|vasileios|vasilis|christos|athanasios|thanasis|michail|evangelos|vangelis|spyridon|"
    "spyros|antonios|antonis|anastasios|tasos|stavros|alexandros|alexis|petros|pavlos|kyriakos|"
    "stefanos|theodoros|thodoris|emmanouil|manolis|apostolos|stelios|stylianos|charalambos|babis|"
    "ilias|sotiris|angelos|andreas|adonis|evripidis|makis|yanis|panos|eleni|maria|aikaterini|"
    "katerina|vasiliki|angeliki|dimitra|konstantina|paraskevi|anastasia|evangelia|ioanna|christina|"
    "eirini|irini|panagiota|despina|fotini|zoe|theodora|chrysoula|anna|myrto|rena|fofi|olga|melina|"
    "marianna|efi|dora"
)

# Turkish. "Recep" stays although it names a month of the Islamic calendar: "Recep Tayyip" needs
# it, and the month is rare in the news.
TURKISH = (
    "mehmet|mustafa|ahmet|ali|hüseyin|hasan|ibrahim|ismail|osman|yusuf|murat|ömer|halil|süleyman|"
    "abdullah|mahmut|recep|kemal|emre|burak|fatih|serkan|volkan|selim|kadir|levent|erdal|cem|kaan|"
    "arda|efe|tolga|oğuz|okan|orhan|erkan|gökhan|hakan|tarkan|ozan|sinan|tuncay|ümit|umut|bülent|"
    "ekrem|mansur|binali|numan|hulusi|mevlüt|ertuğrul|necmettin|turgut|adnan|alparslan|tayyip|"
    "selahattin|sırrı|yavuz|nihat|metin|ilker|ilhan|ismet|ihsan|ercan|erol|ersin|engin|ferhat|"
    "haluk|kerem|koray|mert|oktay|özcan|selçuk|sezgin|suat|tamer|tuncer|uğur|yasin|yiğit|ayşe|"
    "fatma|emine|hatice|zeynep|elif|meryem|şerife|zehra|hanife|merve|özlem|esra|yasemin|hülya|"
    "aysel|büşra|dilek|ebru|derya|gizem|tuğba|songül|nermin|nuray|sibel|şule|tülay|canan|gamze|"
    "melike|sevim|hande|pınar|sena|selin|defne|ece|irem|nazlı|aslı|burcu|damla|cansu|duygu|tansu|"
    "meral|pervin|nilüfer|leyla|feride|filiz|gönül|aylin|sevda|nesrin|gülşen|oya|şebnem|tuba|zuhal|"
    "beyza|nurcan|kübra|rabia|hilal|ilknur|idil|ayten|berrin|ceren|dilara|ezgi|gülay|gülsüm"
)

# Azerbaijani (with ə), plus common plain-Latin spellings.
AZERBAIJANI = (
    "ilham|elnur|ramiz|rəşad|elçin|elmar|elşad|eldar|elvin|orxan|tural|anar|arif|azər|bəxtiyar|"
    "cavid|ceyhun|elmir|emin|fərid|fuad|həsən|heydər|hikmət|ismayıl|kamran|kənan|mahir|məmməd|"
    "mikayıl|murad|natiq|nicat|nihad|nurlan|oqtay|pərviz|rauf|rövşən|ruslan|rüstəm|samir|səməd|"
    "şahin|tofiq|toğrul|vüqar|vasif|yaşar|zaur|ziya|vahid|ramil|elxan|ilqar|əli|hüseyn|rashad|"
    "elchin|heydar|farid|mehriban|aygün|elnarə|aynur|aysel|aytən|gülnar|günel|leyla|lalə|nərgiz|"
    "nigar|səbinə|şəbnəm|türkan|ülviyyə|vüsalə|xədicə|zərifə|səadət|könül|nərmin|fidan|aida|samirə|"
    "elmira|günay|aynurə|sevil|ülkər|arzu|gülnarə|"
    # session 18: more of the common ones (not those that are also nouns: Ayaz, Sevinc, Zəfər)
    "elşən|əhməd|elvin|emil|ayxan|bəhruz|cəlal|cəmil|cəfər|cahid|coşqun|elman|elgün|elsevər|"
    "etibar|fazil|fəxrəddin|famil|fərhad|faiq|habil|hafiz|həmid|ilkin|ilyas|iqbal|kamal|kərim|"
    "qabil|qasım|qəzənfər|mübariz|müşfiq|nadir|namiq|nazim|niyaz|nüsrət|pənah|rafiq|rasim|rəsul|"
    "rəhim|sabir|seymur|siyavuş|şamil|taleh|tahir|teymur|ülvi|valeh|vəli|vidadi|vaqif|yusif|"
    "zakir|zahid|zamiq|afət|aidə|aygül|aytac|dilarə|esmira|fatimə|fəridə|gülər|gülşən|gülnaz|"
    "gültəkin|ilahə|inarə|jalə|kəmalə|lamiyə|məleykə|nailə|nazilə|pərvin|rəna|rəfiqə|solmaz|"
    "şəhla|təranə|ulviyyə|yeganə|zəhra|zülfiyyə|zümrüd|"
    # session 39: also Egypt's name, which kept "Misir Mərdanov" from being a name
    "misir"
)

# Kazakh, Uzbek, Kyrgyz, Tajik, Turkmen, in Latin script.
CENTRAL_ASIAN_LATIN = (
    "nursultan|kassym|qasym|jomart|askar|aidos|arman|azamat|bauyrzhan|berik|daniyar|daulet|dauren|"
    "erlan|yerlan|yerzhan|marat|nurlan|olzhas|serik|talgat|timur|yerbol|zhanibek|kairat|bolat|"
    "bakhyt|shavkat|jamshid|sherzod|bobur|rustam|otabek|ulugbek|anvar|akmal|abdulla|alisher|"
    "bahodir|botir|dilshod|farrukh|farhod|javlon|laziz|nodir|odil|oybek|sanjar|shukhrat|zafar|umid|"
    "sadyr|almazbek|kamchybek|sooronbay|kurmanbek|adylbek|akylbek|aibek|bakyt|chyngyz|temir|"
    "emomali|faridun|firuz|jamshed|parviz|bahrom|gurbanguly|saparmurat|myrat|aigerim|aizhan|asel|"
    "aliya|dariga|dinara|gulnara|aidana|ainur|aruzhan|madina|zarina|kamila|saltanat|gulmira|maira|"
    "zhuldyz|akmaral|gulnora|dilnoza|dildora|feruza|gulchehra|malika|mohira|nilufar|sevara|"
    "shahnoza|zilola|nodira|aizada|aijan|cholpon|manizha|shahlo|farangis|nigina|mehrona|maral"
)

# Kazakh, Uzbek, Kyrgyz, Tajik, in Cyrillic.
CENTRAL_ASIAN_CYRILLIC = (
    "нурсултан|нұрсұлтан|касым|қасым|жомарт|аскар|асхат|айдос|арман|азамат|бауыржан|бауржан|берик|"
    "данияр|даулет|даурен|ерлан|ержан|марат|нурлан|нұрлан|олжас|серик|талгат|тимур|ербол|жанибек|"
    "кайрат|қайрат|болат|бахыт|мұрат|шавкат|джамшид|шерзод|бобур|рустам|отабек|улугбек|анвар|"
    "акмаль|алишер|бахадыр|дилшод|фаррух|фарход|нодир|ойбек|санжар|шухрат|зафар|садыр|алмазбек|"
    "камчыбек|сооронбай|курманбек|акылбек|айбек|бакыт|чынгыз|эмомали|фаридун|джамшед|парвиз|бахром|"
    "гурбангулы|сапармурат|мырат|айгерим|айгерім|айжан|асель|әсел|алия|әлия|дарига|динара|гульнара|"
    "сауле|айнур|аружан|мадина|зарина|камила|салтанат|гульмира|майра|жулдыз|айгуль|гульнора|"
    "дилноза|феруза|малика|севара|шахноза|нодира|айзада|чолпон|манижа|жанар|"
    # North Caucasus (Chechnya, Dagestan, Ingushetia), added in session 6
    "магомед|мухаммад|расул|рамзан|хеда|зелимхан|шамиль|мурад|патимат|зарема|хава|асланбек|"
    "адам|муса|магомедрасул|хасан|хусейн|джамбулат|ахмед"
)

# Georgian, in Georgian script (nominative as used in full names).
GEORGIAN = (
    "გიორგი|ნიკა|ირაკლი|დავით|ლევან|ზურაბ|მიხეილ|ალექსანდრე|ნიკოლოზ|ლუკა|დიმიტრი|ვახტანგ|ბიძინა|"
    "ილია|ლაშა|გელა|გოჩა|ზვიად|თეიმურაზ|კახა|კახაბერ|მამუკა|მერაბ|ნოდარ|ოთარ|პაატა|რევაზ|შალვა|"
    "ზაზა|ჯაბა|გიგა|ბექა|ანდრია|თორნიკე|გრიგოლ|არჩილ|ვაჟა|ავთანდილ|ბადრი|ნუგზარ|თენგიზ|გია|ედუარდ|"
    "ალეკო|ვლადიმერ|სანდრო|გურამ|შოთა|დათო|ბესიკ|თამარ|ელენე|ნინო|მარიამ|ანა|სალომე|ნათია|თამთა|"
    "ეკა|ეკატერინე|ქეთევან|ქეთი|მაია|ნანა|ლელა|ხათუნა|თინათინ|ნათელა|სოფიო|ლიკა|მაკა|მზია|ნუცა|"
    "ეთერ|მანანა|ლია|ირინე|თეონა|შორენა|ხატია|ნესტან|თეკლა|ბარბარე|მარინე|თეა|თინა|ირმა|"
    "ნინი|მედეა|ლალი|ციალა|დარეჯან|რუსუდან|არამ|არმენ|ვაჰან|აშოტ|გაიანე|სონა|ნარინე|ტიგრან|ნონა|ლანა|ვასილ|ამირან|ემზარ|ჯემალ|ზაურ|"
    "მურმან|გოგა|ივანე|სოფო|აკაკი|იოსებ|კობა|ლადო|სერგო|ტარიელ|ფრიდონ|ცოტნე|ხვიჩა|დიანა|"  # s48
    # session 59
    "ადა|ლეილა|ელისო|მარინა|ირინა|ნინა|ნანული|გულნარა|ლამარა|ლუიზა|ნატალია|ელენა|"
    "ელგუჯა|ბაჩანა|თემურ|ანზორ|ბესარიონ|გივი|დემურ|თამაზ|იაკობ|კონსტანტინე|მალხაზ|"
    "როინ|სოსო|ტრისტან|ჯანრი"
)

# Georgian given names in Latin transliteration.
GEORGIAN_LATIN = (
    "giorgi|nika|irakli|davit|levan|zurab|mikheil|aleksandre|nikoloz|luka|dimitri|vakhtang|bidzina|"
    "ilia|lasha|gela|gocha|zviad|teimuraz|kakha|kakhaber|mamuka|merab|nodar|otar|paata|revaz|"
    "shalva|zaza|jaba|giga|beka|andria|tornike|grigol|archil|vazha|avtandil|badri|nugzar|tengiz|"
    "gia|guram|shota|dato|sandro|tamar|elene|nino|mariam|salome|natia|tamta|eka|ekaterine|ketevan|"
    "keti|maia|lela|khatuna|tinatin|natela|sopio|lika|maka|mzia|nutsa|eter|manana|lia|irine|teona|"
    "shorena|khatia|nestan|tekla"
)

# Armenian, in Armenian script, nominative.
ARMENIAN = (
    "արմեն|նարինե|անի|տիգրան|սոնա|հայկ|արամ|արման|արթուր|արսեն|աշոտ|գագիկ|գեւորգ|դավիթ|էդուարդ|"
    "էդգար|կարեն|հովհաննես|հրանտ|մհեր|միքայել|նիկոլ|պետրոս|ռոբերտ|սերժ|սամվել|սարգիս|սուրեն|վահագն|"
    "վահան|վարդան|վաչե|ռուբեն|անդրանիկ|արայիկ|արտակ|արտաշես|արտյոմ|գոռ|գրիգոր|լեւոն|հակոբ|"
    "հարություն|մկրտիչ|նարեկ|շահեն|սեւակ|ստեփան|վազգեն|ալեն|գարիկ|արեգ|ռաֆայել|ալեքսանդր|վլադիմիր|"
    "սեյրան|երվանդ|էրիկ|հենրիկ|ժիրայր|մուշեղ|սեդրակ|վիգեն|հրաչյա|հովիկ|արշակ|վարուժան|արփինե|աննա|"
    "անահիտ|աստղիկ|գայանե|գոհար|զարուհի|լիլիթ|լուսինե|կարինե|հասմիկ|մարիամ|մարինե|մերի|նաիրա|նունե|"
    "ռուզաննա|սիրանուշ|սաթենիկ|սյուզաննա|տաթեւ|քրիստինե|արեւիկ|մանե|նազելի|լիանա|հռիփսիմե|շուշան|"
    "էլինա|մարգարիտ|թամարա|արմինե|նելլի|ալինա|մարինա|էմմա|հերմինե|սուսաննա|տաթեւիկ|ալվարդ"
)

# Armenian given names in Latin transliteration.
ARMENIAN_LATIN = (
    "armen|tigran|hayk|aram|arman|artur|arsen|ashot|gagik|gevorg|davit|eduard|edgar|hovhannes|"
    "hrant|mher|mikayel|nikol|petros|samvel|sargis|suren|vahagn|vahan|vardan|vache|ruben|andranik|"
    "arayik|artak|artashes|artyom|gor|grigor|levon|hakob|harutyun|narek|sevak|vazgen|serzh|arpine|"
    "anahit|astghik|gayane|gohar|zaruhi|lilit|lusine|karine|hasmik|mariam|nune|ruzanna|siranush|"
    "satenik|syuzanna|tatev|kristine|arevik|nazeli|liana|shushan|narine|sona|armine|hermine"
)

# Arabic given names in common Latin transliterations (en, fr).
ARABIC = (
    "mohammed|mohamed|muhammad|mohammad|muhammed|mohamad|ahmed|ahmad|mahmoud|mahmud|mustafa|"
    "mostafa|ali|omar|umar|othman|osman|youssef|yousef|yusuf|ibrahim|ismail|khaled|khalid|hassan|"
    "hasan|hussein|husain|hussain|abdullah|abdallah|abdel|abdul|abdulaziz|abdelaziz|abdulrahman|"
    "abdelrahman|karim|kareem|tarek|tariq|samir|sami|walid|waleed|nabil|adel|adil|amr|ayman|bassam|"
    "bashar|fadi|fahd|faisal|fawzi|ghassan|hamza|hani|hatem|hazem|hisham|issa|jamal|jamil|kamal|"
    "majid|marwan|mazen|mounir|munir|nasser|nizar|osama|usama|rami|saad|saeed|saïd|salah|salim|"
    "samer|tamer|tamim|wael|yasser|yasin|yassin|zakaria|ziad|ziyad|anas|bilal|hamad|hamid|hamed|"
    "jaber|jassim|khalil|mansour|moussa|musa|nabih|nawaf|qasim|rashid|rashed|talal|tawfiq|yahya|"
    "younes|younis|zaid|zayed|abbas|haidar|haider|nouri|qais|kais|habib|rached|moncef|beji|"
    "abdelmadjid|abdelmajid|noureddine|hocine|lakhdar|slimane|djamel|rachid|mourad|farid|fethi|"
    "mehdi|mahdi|driss|abdelilah|hadi|saleh|fatima|fatma|fatimah|fátima|aisha|aicha|ayesha|khadija|"
    "khadidja|maryam|mariam|zainab|zaynab|zeinab|huda|hoda|nour|noor|amina|aminata|samira|layla|"
    "leila|laila|rania|dina|hala|hanan|jamila|lina|lubna|mona|nadia|najat|nawal|rana|reem|salma|"
    "sara|souad|suad|yasmin|yasmine|zahra|zeina|asma|ghada|hind|latifa|nisreen|nesrine|rasha|rawan|"
    "samar|shaima|tahani|widad|lamia|houda|naima|habiba|karima|rachida|zineb"
)

# Persian (Iran, Afghanistan), in Latin transliteration.
PERSIAN = (
    "reza|hossein|javad|mehdi|ebrahim|masoud|mohsen|hamid|saeed|majid|amir|behrouz|babak|dariush|"
    "farhad|kaveh|kourosh|mojtaba|parviz|ramin|shahram|siamak|arash|omid|hamed|alireza|"
    "mohammadreza|esmail|bijan|vahid|nasrin|shirin|maryam|fatemeh|zahra|narges|parisa|leila|mahsa|"
    "neda|niloufar|azadeh|mina|roya|sepideh|golnaz|tahereh|farah|elaheh|mahnaz|nazanin"
)

# Hebrew (Israel), in Latin transliteration.
HEBREW = (
    "moshe|yosef|yossi|avraham|yitzhak|binyamin|benny|yair|naftali|gideon|ehud|ariel|avi|eli|"
    "itamar|yoav|gilad|uri|shimon|yaakov|yehuda|eyal|oded|yaron|yonatan|amit|omer|itai|lior|nir|"
    "dov|gadi|yigal|shaul|shlomo|aharon|reuven|yehoshua|yoel|ohad|avigdor|bezalel|amichai|tzipi|"
    "golda|ayelet|miri|orit|michal|noa|yael|shira|rivka|hadas|limor|merav|galit|einat|naama|inbal|"
    "miriam"
)

# Southern and East African (Nguni, Sotho-Tswana, Chewa, Bemba, Kikuyu, Yoruba, Igbo); names
# that are also surnames (Kamau, Adebayo) or words (Uhuru: freedom) are left out.
AFRICAN = (
    "naledi|nkosazana|thabo|sipho|themba|mpho|lerato|palesa|lindiwe|nomvula|thandi|thandeka|"
    "busisiwe|zanele|nomsa|ayanda|bongani|sibusiso|mandla|lwazi|lebogang|kagiso|tshepo|dikeledi|"
    "kelebogile|onalenna|boitumelo|refilwe|keabetswe|masego|mokgweetsi|chisomo|yamikani|mutinta|"
    "bwalya|wanjiru|wambui|njeri|wanjiku|achieng|akinyi|chinwe|ngozi|chiamaka|oluwaseun|olufemi|"
    "babajide|funmilayo|obinna|chukwuemeka|nnamdi"
)

_TABLES: tuple[str, ...] = (
    EAST_SLAVIC_POLISH,
    CYRILLIC_WESTERN,
    ENGLISH,
    FRENCH,
    GERMAN,
    DUTCH,
    SPANISH,
    PORTUGUESE,
    ITALIAN,
    NORDIC,
    BALTIC,
    POLISH,
    CZECH_SLOVAK,
    ROMANIAN,
    HUNGARIAN,
    SOUTH_SLAVIC_LATIN,
    SOUTH_SLAVIC_CYRILLIC,
    RUSSIAN,
    RUSSIAN_LATIN,
    UKRAINIAN,
    UKRAINIAN_LATIN,
    POLISH_CYRILLIC,
    BELARUSIAN,
    GREEK,
    TURKISH,
    AZERBAIJANI,
    CENTRAL_ASIAN_LATIN,
    CENTRAL_ASIAN_CYRILLIC,
    GEORGIAN,
    GEORGIAN_LATIN,
    ARMENIAN,
    ARMENIAN_LATIN,
    ARABIC,
    PERSIAN,
    HEBREW,
    AFRICAN,
)

# Words deliberately NOT in the tables, though some are given names somewhere: a test checks
# that GIVEN_NAMES stays clear of them, and the dictionary of first names is read without
# them (Veliko, Novo, Mar open place names: Veliko Gradište, Novo Selo, Mar Menor).
_NOT_GIVEN = (
    "abril|abu|adelaide|aga|alba|alexa|amal|amber|angel|april|arafat|araz|art|assad|asunción|"
    "athina|august|augusts|augustus|aurora|aurore|austin|avril|aydın|aziz|azzurra|ağa|bahar|baron|"
    "barış|bas|bayram|belén|ben|berna|bey|bianca|bienvenido|bill|bin|bishop|blanca|blanche|branca|"
    "brittany|can|carolina|carter|chad|chase|chelsea|concepción|cooper|cruz|cumhur|dag|daisy|"
    "dallas|dawn|dean|deniz|devlet|domenica|domingo|domingos|dominika|don|doğan|drew|duke|earl|ema|"
    "emir|erdoğan|erez|esperanza|eve|eylül|faith|floor|florence|france|franco|gene|general|georgia|"
    "ginevra|gioia|gloria|glória|grace|grant|grazia|graça|guadalupe|gül|güneş|hacı|hajji|hamlet|"
    "helmi|holly|hope|houston|hunter|ibn|imam|iman|inci|ipek|iris|islam|islom|israel|italia|ivy|"
    "jade|jasmin|jesus|jet|jihad|joke|jordan|joy|juli|julio|june|jūlijs|kasım|khan|king|kuba|"
    "kurban|lada|laçın|lee|lev|lily|lima|line|liv|lone|lorraine|lourdes|madison|mai|maj|maja|major|"
    "malik|mane|mar|marianne|marine|mark|marshal|mart|mason|mate|may|mayo|mercedes|miles|mir|mirza|"
    "montserrat|mubarak|mələk|nada|naira|natale|nato|nisan|noel|novruz|noël|novo|nur|odd|olive|onur|"
    "orlando|orly|paris|parker|pasha|pat|paz|pearl|penny|per|pope|prince|qurban|ramadan|ramazan|"
    "rand|ray|regina|rein|reyes|riad|riyad|rob|roma|romano|roos|rosario|rose|roza|ruby|róża|saba|"
    "saga|said|saida|saint|salam|salvador|san|sana|santa|santiago|santo|sardor|saule|serdar|sevgi|"
    "sevinc|shah|sharon|sheikh|shona|siri|sky|slava|socorro|sofia|sofie|sofija|sofya|sofía|sultan|"
    "summer|sydney|são|taylor|tea|ton|tone|toussaint|trinidad|umm|victoria|viktorija|ville|violet|"
    "velika|veliko|silva|una|ora|vida|mare|virginia|vittoria|wafa|will|wolf|yıldırım|yıldız|zafer|zara|zora|zəfər|ángel|özgür|ангел|"
    "ахмат|весела|виктория|вікторія|ислам|лада|лев|лилия|любов|любовь|мир|рамадан|роза|сардор|"
    "сафія|светла|сердар|слава|софия|софија|софія|цвета|јордан|մանուկ|ნატო"
)
NOT_GIVEN_NAMES: frozenset[str] = frozenset(_NOT_GIVEN.split("|"))


def name_key(word: str) -> str:
    """The form names are stored in: NFC, casefolded, without the dot of Turkish "İ"."""
    folded = unicodedata.normalize("NFC", word).casefold().replace("\u0307", "")
    return unicodedata.normalize("NFC", folded)


GIVEN_NAMES: frozenset[str] = frozenset(
    name_key(name) for table in _TABLES for name in table.split("|")
)


# Arabic, Persian and Somali given names: a name of these often strings several given names
# (Abdirizak Mohamed Warsame), so one long unknown word before them is a name too.
ARABIC_GIVEN_NAMES: frozenset[str] = frozenset(
    name_key(name) for table in (ARABIC, PERSIAN) for name in table.split("|")
)


# Given names that are Catalan or Portuguese only: after one of them, "i" (Jordi Ferré i
# Cabré) or "das" (Francisco das Chagas) joins a name rather than two phrases.
CATALAN_ONLY = (
    "jordi|josep|pere|oriol|carles|arnau|ferran|jaume|lluís|enric|roser|mercè|bernat|quim|"
    "joaquim|montserrat|mireia|laia|meritxell|núria|neus"
)
CATALAN_GIVEN_NAMES: frozenset[str] = frozenset(name_key(name) for name in CATALAN_ONLY.split("|"))
PORTUGUESE_GIVEN_NAMES: frozenset[str] = frozenset(name_key(name) for name in PORTUGUESE.split("|"))


def is_given_name(word: str) -> bool:
    """True for a common given name ("Дмитрий", "Ayşe"), or a hyphenated one made only of them
    ("Jean-Pierre", "Anna-Lena"), or a Latin one written in Cyrillic ("Герберт", "Гана")."""
    key = name_key(word)
    listed = _common_listed()[0]
    if key in GIVEN_NAMES or key in listed:
        return True
    parts = key.split("-")
    if len(parts) > 1 and all(part in GIVEN_NAMES or part in listed for part in parts):
        return True
    if len(key) < MIN_TRANSLITERATED or key.endswith(SLAVIC_OBLIQUE_ENDINGS):
        return False  # "Ірини" is Ірина in the genitive, not Greek "Irini"
    return any(form in LATIN_GIVEN_NAMES or form in listed for form in _latin_forms(key))


@functools.cache
def _name_dictionary() -> Detector:
    """Jörg Michael's dictionary of first names (gender-guesser): about 48,000 given names
    of 55 countries, loaded once per process (0.2 s) and only when asked."""
    return Detector(case_sensitive=False)


def dictionary_gender(word: str) -> str:
    """Return the dictionary of first names' verdict on ``word``: male, mostly_male, andy,
    mostly_female, female or unknown."""
    verdict: str = _name_dictionary().get_gender(name_key(word))
    return verdict


# Where a Russian or Ukrainian given name's gender is read: "Vladimira" is a Czech woman's
# name, none in these countries.
EAST_SLAVIC_COUNTRIES = ("russia", "ukraine", "belarus")


def latin_gender(word: str) -> str | None:
    """Return "f" or "m" when the dictionary of first names holds a Latin spelling of the
    Cyrillic ``word`` as a woman's or a man's name only in Russia, Ukraine or Belarus
    (Руслана: Ruslana, Микола: Mykola), else None."""
    dictionary = _name_dictionary()
    genders = {
        dictionary.get_gender(form, country)
        for form in _latin_forms(name_key(word))
        for country in EAST_SLAVIC_COUNTRIES
    }
    womans = bool(genders & {"female", "mostly_female"})
    mans = bool(genders & {"male", "mostly_male"})
    return ("f" if womans else "m") if womans != mans else None


def is_listed_given_name(word: str) -> bool:
    """True for a word the dictionary of first names lists in any country, however rare
    (Brendan, Min, Naledi): only a hint that a name is a person's, never where one starts."""
    gender: str = _name_dictionary().get_gender(name_key(word))
    return gender != "unknown"


# The dictionary rates each name's frequency per country from 1 to 13 (hexadecimal digits, a
# logarithmic scale). From 6 on a name is common somewhere (Ferdinand, Boštjan, Halldóra);
# rarer entries hold words of other sorts (Grant, Hope, Custodia).
COMMON_IN_A_COUNTRY = 6
# Particles of surnames, some of which the dictionary holds as given names (Van).
NAME_PARTICLES = frozenset(
    str.split("van von der den de del della di da dos das du le la el al bin ibn ben ter ten zu")
)


@functools.cache
def _common_listed() -> tuple[frozenset[str], frozenset[str]]:
    """Return the dictionary's names common in at least one country, and those common in
    the Arab countries, both without the words the tables leave out on purpose."""
    countries = Detector.COUNTRIES
    arabia = countries.index("arabia")
    family_first = {countries.index(c) for c in FAMILY_NAME_FIRST}
    names: set[str] = set()
    arabic: set[str] = set()
    for name, genders in _name_dictionary().names.items():
        key = name_key(name)
        if " " in key or len(key) < MIN_LISTED or key in NOT_GIVEN_NAMES | NAME_PARTICLES:
            continue
        for frequencies in genders.values():
            levels = [int(c, 16) if c.strip() else 0 for c in frequencies]
            top = max(levels)
            if top >= COMMON_IN_A_COUNTRY and levels.index(top) not in family_first:
                names.add(key)
            if len(levels) > arabia and levels[arabia] >= COMMON_IN_A_COUNTRY:
                arabic.add(key)
    return frozenset(names), frozenset(arabic)


# Where the family name comes first (Do Duc Duy Anh, Kim Dae-ho): a cut at a given name most
# common there would drop the family name, as the module's docstring says of Chinese names.
FAMILY_NAME_FIRST = ("china", "japan", "korea", "vietnam")


MIN_LISTED = 3


def is_arabic_given_name(word: str) -> bool:
    """True for an Arabic, Persian or Somali given name of the tables or one the dictionary
    rates common in the Arab countries (Sabri)."""
    key = name_key(word)
    return key in ARABIC_GIVEN_NAMES or key in _common_listed()[1]


# Cyrillic letters in Latin, with both readings of the ambiguous ones (Г: Herbert in
# Ukrainian, Gerhard in Russian; И: y in Ukrainian, i in Russian; Й: Johannes, Yusuf).
CYRILLIC_LATIN: dict[str, tuple[str, ...]] = {
    **{
        letter: (latin.strip("_"),)
        for letter, latin in zip(
            "абвдеёжзклмнопрстуфцчшщъыьэюяєіїґ",
            str.split(
                "a b v d e e zh z k l m n o p r s t u f ts ch sh shch _ y _ e yu ya ye i yi g"
            ),
            strict=True,
        )
    },
    "г": ("g", "h"),
    "и": ("i", "y"),
    "й": ("y", "j"),
    "х": ("h", "kh"),
}
MIN_TRANSLITERATED = 4  # "Ли", "Ян": too short to read back
# Endings of a Slavic name in a case: such a word is read through the Cyrillic tables only.
# "а" and "я" too: "Петра", "Івана", "Марта" (8 Марта) are genitives as often as Latin
# feminine names (Hana, Helga).
SLAVIC_OBLIQUE_ENDINGS = tuple(str.split("и ы і ой ей ою ею ом ем у ю ого ому а я"))
MAX_LATIN_FORMS = 16
LATIN_GIVEN_NAMES: frozenset[str] = frozenset(k for k in GIVEN_NAMES if k.isascii())


def _latin_forms(key: str) -> list[str]:
    """Return the Latin spellings of a Cyrillic word, both readings of Г, И, Й and Х."""
    forms = [""]
    for letter in key:
        options = CYRILLIC_LATIN.get(letter)
        if options is None:
            return []  # not a Cyrillic word
        forms = [form + option for form in forms for option in options][:MAX_LATIN_FORMS]
    return forms


# Slavic case endings of a given name and the nominative endings they replace: Олени,
# Ирины -> Олена, Ирина; Дмитрия -> Дмитрий; Katarzyny, Anny -> Katarzyna, Anna; Piotra ->
# Piotr. Each is tried against the table, so only a noun the table also holds as a name
# (Веры, Надежды) can pass for one.
GIVEN_CASE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ы", ("а",)),
    ("и", ("а", "я", "й", "ь")),
    ("і", ("а", "я")),
    ("ї", ("я",)),
    ("ой", ("а",)),
    ("ей", ("я", "а")),
    ("ою", ("а",)),
    ("ею", ("я",)),
    ("я", ("й", "ь")),
    # the instrumental of a man's name: "с депутатом Игорем ...", "Сергеем", "Иваном"
    ("ем", ("ь", "й")),
    ("ом", ("",)),
    ("а", ("", "о")),
    ("у", ("а", "")),
    ("ю", ("я", "й", "ь")),
    ("y", ("a",)),
    ("i", ("a",)),
    ("ej", ("a",)),
    ("ą", ("a",)),
    ("a", ("",)),
)
MIN_GIVEN_STEM = 3


def is_given_name_in_a_case(word: str) -> bool:
    """True for a common given name in a Slavic oblique case (``Олени``, ``Katarzyny``)."""
    return bool(given_name_nominatives(word))


def given_name_nominatives(word: str) -> list[str]:
    """Return the keys of the common given names ``word`` may be an oblique case of
    (``Геннадию`` -> ``геннадий``); none for a word in no case."""
    key = name_key(word)
    return [
        key[: -len(ending)] + nominative
        for ending, nominatives in GIVEN_CASE_ENDINGS
        if key.endswith(ending) and len(key) - len(ending) >= MIN_GIVEN_STEM
        for nominative in nominatives
        if key[: -len(ending)] + nominative in GIVEN_NAMES
    ]
