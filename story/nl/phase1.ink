// Fase 1 — De opening. Het feest waar het begint: de lange blikken, het om elkaar heen
// draaien, Noor die jullie voorstelt, het gedeelde verhaal in de volle gang, het stemmetje,
// de nacht.

=== party ===
# phase: 1
# scene: party
Later, als je probeert terug te vinden waar het begon, kom je altijd hier uit: op een steile trap die ruikt naar natte jassen en iemands shagje, drie hoog onder een feest, met de vlakke hand van Noor tussen je schouderbladen. Ze duwt.
Boven gaat een deur open en de muziek valt in één keer het trappenhuis in, het hele nummer tegelijk, als een boodschappentas die scheurt. Noor joelt. Jij lacht. Je hart gaat sneller dan drie trappen kunnen verklaren.
Jip is jarig en heeft net een nieuw huis; het feest is voor allebei, dat scheelt een taart. Op de uitnodiging stond: neem een fles mee en iemand die je leuk vindt. Noor heeft jou meegenomen. Jij hebt een fles cava bij je die de hele fietstocht in je fietstas heeft liggen rammelen en zo meteen als een vuurpijl afgaat in het gezicht van wie er het dichtst bij staat.
Op de laatste overloop blijft Noor staan. Ze draait zich om en houdt haar hoofd schuin. Ze kent je sinds jullie elf waren, dus ze heeft elke versie van je gezicht al eens gezien, deze ook. ‘Even voor we naar binnen gaan,’ zegt ze. ‘Gaat dit over {partner_name}?’
‘Wat? Nee.’ Het komt er een halve toon te hoog uit, en dat horen jullie allebei.
‘Jip zegt dat {hij()} ook komt,’ zegt Noor zacht, zoals je iemand slecht nieuws vertelt, en ze duwt de deur open.
Je hebt {partner_name} precies vier keer gezien, niet dat je het bijhoudt. In maart, op de opening van Noors fototentoonstelling, waar {hij()} tien minuten voor de slechtste foto van de zaal stond alsof het de beste was. In mei, toen {hij()} je langs de gracht voorbijfietste in de regen, zonder handen, een appel tussen {zijn()} tanden. En twee keer op de zaterdagmarkt bij de kaaskraam, waar jij een kaas kocht die je niet hoefde, alleen om ergens te kunnen blijven staan.
Jullie hebben nog nooit een woord gewisseld. Alles wat je weet heb je van horen zeggen, en het spreekt elkaar een beetje tegen: dat {hij()} een jaar in Lissabon heeft gewoond, of in Porto; dat {hij()} oude piano's opknapt, of oude boten; dat {hij()} grappig is, dat {hij()} gedoe is, dat {hij()} de liefste is die Jip kent. Toen {zijn()} naam dit voorjaar een keer viel, zei Noor er luchtig achteraan: ‘Schat van een mens. Blijft nergens lang.’ Je hebt niet gevraagd wat ze bedoelde. Je hebt het weggelegd op een plek waar je nooit kijkt.
Binnen is het huis één lange gang met kamers eraan als de tanden van een kam. Lichtslingers, de verwarming te hoog, een bed dat verdrinkt onder de jassen. Het raam boven het jassenbed is zwart van de nacht en geeft je de kamer terug: Noor die met haar sjaal worstelt, de open deur, jij.
* [Bekijk je gezicht in het donkere glas en ga {hem()} dan zoeken #step: pursue]
    ~ step_pursue(1)
    Het raam geeft je een gezicht terug dat je maar half herkent: verhit, klaar voor iets, een beetje hongerig. Je duwt je haar goed, haalt het weer door de war, duwt het opnieuw goed. Dan stap je de gang in en laat je je blik langzaam door elke kamer gaan waar je in kunt kijken, als een vuurtoren die heel erg zijn best doet om nonchalant over te komen.
* [Zeg tegen Noor dat je hier bent voor haar en voor Jips taart, punt #step: withdraw]
    ~ step_withdraw(1)
    ‘Ik ben hier voor jou,’ zeg je. ‘En voor wat Jip dit jaar met een taart heeft uitgespookt.’ Noor kijkt je lang aan en zegt ‘Tuurlijk,’ op de toon die ze bewaart voor kleuters en douaniers. Je loopt met opgeheven kin naar binnen, vast van plan naar niemand te zoeken. Dat houd je ongeveer veertig seconden vol.
* [Geef toe dat je zenuwachtig bent, en vraag Noor of ze in de buurt blijft #step: ground]
    ~ step_ground(1)
    ‘Ik ben zenuwachtig,’ zeg je, en het lucht op, alsof je een zware tas neerzet. ‘Verdwijn je niet meteen, het eerste uur?’ Noor haakt haar pink in de jouwe, zoals jullie op de basisschool deden. ‘Het eerste uur,’ zegt ze. ‘Daarna zoek je het zelf maar uit, het is een feest.’ Je schouders zakken een centimeter.
- -> looks

= looks
Je vindt {hem()} zonder te zoeken, zoals je tong een afgebrokkelde kies vindt. {partner_name} leunt in de deuropening van de keuken, een flesje bier losjes aan de hals, en luistert met {zijn()} hele gezicht naar iemand. {Hij()} is naar de kapper geweest sinds maart. Het staat {hem()} goed, en het ergert je dat je dat weet.
Dan kijkt {hij()} op, dwars door de gang, en vindt jou ook.
Het is geen vluchtige blik. Vluchtige blikken ketsen af. Deze landt en blijft liggen: drie tellen, vier, zoals je kijkt naar iemand op wie je al een tijd wacht en die te laat is. Iemand stoot je aan met een schaal chips en je merkt het nauwelijks.
* [Houd de blik vast, zo lang als {hij()} wil #step: pursue]
    ~ step_pursue(2)
    Je kijkt niet weg. {Hij()} ook niet. De gang lijkt tegelijk langer en korter te worden, zoals in films waar de camera wegrijdt en tegelijk inzoomt, en ergens in dat alles gaat een van {zijn()} mondhoeken omhoog. Geen glimlach, niet helemaal. Eerder een antwoord. Als er eindelijk iemand tussen jullie in stapt, merk je dat je ergens rond de vijfde tel bent opgehouden met ademen.
* [Kijk als eerste weg en lach om iets wat Noor zegt, hard genoeg #step: withdraw]
    ~ step_withdraw(1)
    Je draait je naar Noor en lacht om wat ze net zei (het ging over de taart, het was niet grappig), hoofd achterover, keel bloot, een lach voor een publiek van één. Je kijkt niet of het publiek meekijkt. Je voelt dat het meekijkt. Daar gaat het om.
* [Merk eerst op wat die blik met je doet, voor je er iets mee doet #step: ground]
    ~ step_ground(1)
    Er kruipt warmte in je nek omhoog. Je knieën hebben er ook een mening over. Je merkt het allemaal op, zoals je merkt wat voor weer het is, en dan geef je {hem()} een klein, gewoon knikje, hoi, ik zie je, en draai je je terug naar Noor, met een hart dat tekeergaat als een mot tegen een lamp. Het gaat nog steeds tekeer. Maar het is van jou.
- ‘O,’ zegt Noor naast je, heel zacht. ‘O. Dat is niet niks.’
-> circling

= circling
De volgende twee uur draaien jullie om elkaar heen als twee katten op hetzelfde erf.
Waar jij ook bent, {hij()} is één kamer verderop. Jij staat in de keuken; {hij()} staat op het balkon met de sigaret van iemand anders. Jij loopt de woonkamer in, waar ze op een vloerkleed dansen; {hij()} komt tegen de deurpost hangen. In de rij voor de wc staan er twee mensen tussen jullie in en bestuderen jullie allebei de poster van een skioord uit de jaren zeventig op de deur, alsof je er straks een overhoring over krijgt.
Twee keer denk je dat {hij()} naar je toe komt. Eén keer zet {hij()} het ook echt in, en dan onderschept Jip {hem()} met een dienblad vol iets op prikkers. Jij eet er drie van. Je zou niet kunnen zeggen wat het was.
Rond middernacht gaat {hij()} in {zijn()} eentje het balkon op.
* (followed) [Ga {hem()} achterna, met een aansteker die je niet nodig hebt #step: pursue]
    ~ step_pursue(2)
    Je leent een aansteker van een onbekende en stapt de kou in. Het balkon is smal, vol dode geraniums en een fiets die iemand drie trappen op heeft gesjouwd, en {partner_name} staat helemaal aan het eind naar de gracht te kijken. Je hebt een zin klaarliggen. Dan knalt achter je de deur open en stromen er vier mensen naar buiten om de buren toe te zingen, en {hij()} wordt meegesleurd in het gezang, en jij staat daar met een aansteker voor niemand, glimlachend alsof dit precies de bedoeling was.
* (danced) [Blijf binnen en dans met Noor; laat {hem()} maar naar jou komen #step: withdraw]
    ~ step_withdraw(2)
    Je trekt Noor het vloerkleed op en jullie dansen expres slecht, zoals jullie altijd doen, een en al ellebogen. Het is een goede voorstelling. Als het nummer afgelopen is, staat {partner_name} in de deuropening met de kou van het balkon nog in {zijn()} trui, en kijkt naar je, en jij denkt: zo. Jouw zet. {Hij()} doet hem niet. Nog niet. Maar {hij()} gaat ook niet weg uit die deuropening.
* (stayed) [Blijf waar je bent en laat de avond de avond zijn #step: ground]
    ~ step_ground(1)
    Je blijft op de armleuning van de bank zitten, waar iemand in een gestreepte trui je de plot uitlegt van een Finse film, drie keer gezien, elke keer beter. Het is een belachelijke plot. Je stelt vragen. Tien hele minuten vergeet je bij te houden waar {partner_name} is, en als het je weer te binnen schiet, met een schok, staat {hij()} aan de andere kant van de kamer en kijkt naar jou, alsof {hij()} het al die tijd was die jou bijhield.
- -> introduction

= introduction
Om kwart voor een zet Noor haar glas met een klein, resoluut tikje op de vensterbank.
{
- followed: ‘Ik kan dit niet langer aanzien,’ zegt ze. ‘Jij ging in november met een aansteker het balkon op. Jij rookt niet eens. Ik ken je sinds we elf waren en je hebt nog nooit van je leven een aansteker gehad.’
- danced: ‘Ik kan dit niet langer aanzien,’ zegt ze. ‘Ik ben al een uur je decorstuk en mijn schouder doet pijn. Je staat naar {hem()} te dansen alsof het een auditie is.’
- else: ‘Ik kan dit niet langer aanzien,’ zegt ze. ‘Jij zit over Finse films te praten en {hij()} staart al tien minuten naar je achterhoofd alsof je {hem()} geld schuldig bent.’
}
Voor je haar mouw kunt grijpen, is ze al weg. Vol afgrijzen zie je hoe ze {partner_name} op {zijn()} schouder tikt, iets zegt wat je niet kunt verstaan en recht naar jou wijst. Dan komt ze terug, pakt je bij je pols zoals ze vroeger deed als ze je ergens heen sleepte waar je haar later dankbaar voor zou zijn, en trekt je dwars door de kamer.
‘{partner_name}, dit is mijn maatje sinds groep acht. Maatje, dit is {partner_name}. Jullie staan al sinds half elf naar elkaar te staren en Jip denkt dat jullie het huis komen verkennen voor een inbraak. Praat.’ En weg is ze, opgevouwen in de drukte op het vloerkleed.
‘Hoi,’ zegt {partner_name}. Van dichtbij zijn {zijn()} ogen lichter dan je dacht, grijs met iets groens erin, en door een van {zijn()} wenkbrauwen loopt een klein wit litteken.
‘Hoi,’ zeg jij. Dat blijkt meteen het complete repertoire dat je had voorbereid.
Dan zet iemand de muziek keihard. Het is hét nummer, het nummer waarmee Jip iedereen al de hele avond dreigt, en de hele kamer golft tegelijk naar het vloerkleed. # sfx: crowd
Je wordt de gang in gedrukt, en {partner_name} wordt met je meegedrukt, en dan tegen je aan, en er is geen plek voor je handen en je gezicht kan nergens anders heen dan vlak bij dat van {hem()}. {Hij()} ruikt naar buitenlucht en naar de sigaret van een ander, en daaronder naar zeep.
Je verstaat er geen woord van. Dus brengt {hij()} {zijn()} mond bijna tegen je oor, en je voelt elk woord aankomen voordat je het begrijpt. ‘Ik ben hopeloos in koetjes en kalfjes,’ zegt {hij()}. ‘Mogen we die overslaan? Vertel me het grootste wat je ooit is overkomen.’
* [Vertel {hem()} alles, meteen #step: pursue]
    ~ step_pursue(2)
    ~ p1_told = "all"
    Dus vertel je het. Je besluit het niet eens; het is alsof {hij()} aan een los draadje trekt en de hele trui meekomt. De zomer dat je acht was. Een auto die niet stopte bij het zebrapad, je fiets gevouwen als een paperclip, je been. Zes weken plat op je rug op de kinderafdeling, vierde verdieping, je been omhoog aan gewichten en katrollen, zodat je het plafond beter leerde kennen dan je eigen gezicht: honderdtwaalf gaatjes in de plaat boven je bed, elke dag nageteld voor het geval er eentje was verschoven.
    Je vertelt over het aquarium op de gang, met één dikke oranje vis erin die door alle kinderen de Burgemeester werd genoemd, omdat hij zijn rondjes zwom alsof de hele afdeling van hem was. Over de zuster met de kaarttrucs. Over het bezoekuur, dat om zeven uur afliep, en hoe je dan naar de deur bleef kijken tot het allerlaatste geluid van de schoenen van je ouders van de gang verdwenen was, en daarna nog even, voor de zekerheid.
    Je vertelt over die nacht dat je wakker werd en je moeder buiten op de gang hoorde huilen, zacht, tegen een arts, en dat je toen voor het eerst begreep dat grote mensen ook bang kunnen zijn. Je hebt het nog nooit aan iemand in één keer verteld, helemaal. Nu schreeuw je het in het oor van een onbekende, in een gang die ruikt naar gemorste wijn.
    {partner_name} is doodstil geworden tegen je aan. Als {hij()} een stukje terugwijkt, staat {zijn()} gezicht vreemd. ‘Vierde verdieping,’ zegt {hij()}. ‘Met die vis.’ Je staart {hem()} aan. ‘De Burgemeester,’ zegt {hij()}.
* [Geef {hem()} een grap en kijk of {hij()} doorvraagt #step: withdraw]
    ~ step_withdraw(1)
    ~ p1_told = "joke"
    ‘Ik heb een keer een vleespakket gewonnen bij de bingo,’ zeg je in {zijn()} oor. ‘Twee kilo worst. Ik ben vegetariër.’ {Hij()} lacht; je voelt het meer dan je het hoort, in {zijn()} borstkas tegen je schouder. Dan schudt {hij()} langzaam {zijn()} hoofd, zonder een centimeter terug te wijken. ‘Goeie poging,’ zegt {hij()}. ‘Nu de echte.’
    De meeste mensen nemen de grap dankbaar aan. {Hij()} wacht alleen maar, glimlachend, alsof {hij()} de hele nacht heeft en die graag hier wil doorbrengen, in deze gang, wachtend op jou. Het is niet te harden. Het is heerlijk. Dus geef je {hem()} een stukje, alleen een stukje: de zomer dat je acht was, een auto, je fiets, een ziekenhuis. Je bent van plan het daarbij te laten.
    ‘Welk ziekenhuis?’ vraagt {hij()}. Je zegt het. Je zegt: ‘De kinderafdeling, op de vierde—’ en {hij()} zegt, voordat jij het kunt zeggen: ‘Met dat aquarium.’
* [Vraag of {hij()} eerst wil #step: ground]
    ~ step_ground(1)
    ~ p1_told = "asked"
    ‘Jij eerst,’ zeg je. ‘Jij vroeg het.’ {Hij()} lacht, betrapt, en heel even denk je dat {hij()} zich eronderuit gaat kletsen. Maar dat doet {hij()} niet. {Hij()} vertelt het met horten en stoten, {zijn()} mond bij je oor, alsof {hij()} het van heel ver weg moet aflezen: een zomer toen {hij()} tien was, longen die steeds weer in elkaar zakten als natte papieren zakjes, zeven weken op een kinderafdeling waar de ramen niet open konden en de hele verdieping naar warm plastic rook.
    ‘Er zwom een vis,’ zegt {hij()}. ‘Op de gang. Zo'n dik oranje ding, iedereen noemde hem—’
    ‘De Burgemeester,’ zeg jij. Je besluit het niet. Het komt uit je omhoog van heel diep, als een luchtbel van de bodem van een vijver.
- -> shared

= shared
Mond aan oor puzzelen jullie het uit, jullie schreeuwen elkaar de details toe terwijl de muziek om jullie heen dreunt. Dezelfde zomer. De zomer van de hittegolf, toen de zusters natte washandjes op elk voorhoofd legden en de waterijsjes al gesmolten waren voor ze van de vriezer bij de bedden waren. Jij lag op kamer vier, bij de lift. {Hij()} lag helemaal achteraan, op de kamer met de kapotte zonwering.
‘Ineke,’ zegt {hij()}. ‘Met de kaarten.’
‘Die altijd de hartenvrouw achter je oor vandaan haalde,’ zeg jij, ‘ook als je klaveren drie had getrokken.’
‘Juist dan.’
Zes weken, twintig meter van elkaar. Jullie moeten elkaar op die gang zijn tegengekomen, twee kinderen in ziekenhuispyjama, de een in een rolstoel, de ander met een infuuspaal achter zich aan. Je probeert {zijn()} gezicht daar terug te vinden, en het lukt niet, en het maakt helemaal niets uit.
Dan vertelt {hij()} het stuk dat {hij()} duidelijk nooit van plan was te vertellen. Om zeven uur, als het bezoekuur afliep, draaide {hij()} {zijn()} gezicht al naar de muur voordat {zijn()} ouders bij de deur waren. ‘Dan deed het minder pijn als ze weggingen,’ zegt {hij()}. ‘Belachelijk. Ik was tien.’
{p1_told == "all":Jouw helft heeft {hij()} al gehoord: de deur, de schoenen, het kijken. {Hij()} kijkt je nu aan alsof {hij()} die deur in je gezicht kan zien.|Jij deed het omgekeerde: jij keek naar de deur tot de laatste voetstap. Je zegt het niet. Dat hoeft ook niet. {Hij()} kijkt je aan alsof {hij()} die deur in je gezicht kan zien.}
Het nummer is afgelopen en het volgende begint en geen van jullie tweeën verroert zich. Ergens in de afgelopen minuten heeft {zijn()} hand de jouwe gevonden, laag, tussen jullie lijven in, waar niemand het ziet, en je zou niet kunnen zeggen wanneer.
{partner_name} leunt net ver genoeg achterover om je goed te kunnen bekijken. ‘Ik wist het,’ zegt {hij()}. ‘Toen je binnenkwam. Ik dacht: die ken ik. Dat gezicht ken ik ergens van.’
* [Laat het toe: daarom moest het {hem()} zijn #step: pursue]
    ~ step_pursue(1)
    Je laat het binnen. Natuurlijk. Natuurlijk is {hij()} het: daarom kreeg je {hem()} sinds maart niet meer uit je hoofd, daarom voelde iedereen met wie je eerder iets had als een trui die voor een ander was gebreid. De fantasie komt snel en is meteen helemaal ingericht: een keuken, een lange tafel, jullie tweeën die dit verhaal vertellen aan vrienden die het al honderd keer hebben gehoord, en {hij()} die het stuk over de Burgemeester doet. Je hebt nu al heimwee naar een leven dat nog niet heeft plaatsgevonden.
* [Zeg iets droogs: half de stad heeft in dat ziekenhuis gelegen #step: withdraw]
    ~ step_withdraw(1)
    ‘Half de stad heeft in dat ziekenhuis gelegen,’ zeg je. ‘Misschien hebben we ook nog dezelfde po gedeeld.’ Het komt aan; {hij()} lacht. Maar je ziet {zijn()} gezicht een fractie inzakken vlak voor die lach, en je voelt het, alsof je een deurtje dichtslaat op je eigen vingers. {Hij()} buigt zich toch weer naar je toe, dichterbij dan eerst, alsof die grap een uitdaging was.
* [Blijf bij wat waar is: het is vreemd en mooi, en je kent {hem()} tien minuten #step: ground #locked: {pull_strong()} #why: De muziek, die vis, {zijn()} adem in je oor: het deel van jou dat het rustig aan wilde doen, is allang vertrokken.]
    ~ step_ground(1)
    Het is vreemd en het is mooi en je huid zoemt ervan. Het is ook toeval, gedeeld met een hele afdeling vol kinderen, en je kent deze persoon ongeveer zo lang als vier nummers duren. Je houdt ze allebei vast, in elke hand één. ‘Ik ken je nog niet,’ zeg je in {zijn()} oor, glimlachend. ‘Dat zou ik wel willen.’ {Hij()} kijkt je even aan alsof niemand {hem()} ooit precies dat heeft gezegd.
- -> friends

= friends
Dan roept iemand {zijn()} naam vanaf de voordeur: een kluitje mensen in jassen, zwaaiend, lachend, {zijn()} vrienden, net binnen van ergens anders of juist op weg daarheen. {Hij()} steekt een hand naar ze op, één minuutje, en knijpt één keer in de jouwe voordat {hij()} loslaat. ‘Niet weggaan, hè,’ zegt {hij()}, en gaat.
Het is belachelijk hoe snel de plek waar {hij()} stond afkoelt.
Noor vindt je. Ze heeft taart op haar wang en een vraag over haar hele gezicht, en ze praat, en jij knikt, en je zou geen woord kunnen herhalen. Je aandacht is zonder jou de kamer overgestoken en zit bij {hem()}, als een hond die buiten bij de supermarkt is vastgebonden.
Van hieruit kun je {hem()} zien met {zijn()} vrienden. Ontspannen, los, een arm om iemands nek. {Hij()} lacht met {zijn()} hele lijf om iets wat een van hen zegt, en buigt zich dan naar iemand anders om iets in diens oor te zeggen: de mond dichtbij, een hand licht op een schouder. Precies zoals {hij()} zich naar jou toe boog.
{p1_told == "all":Je hebt {hem()} alles gegeven, het huilen op de gang incluis. Eén koude seconde lang vraag je je af wat {hij()} met zulke dingen doet als {hij()} ze eenmaal heeft.}
Er draait iets kleins om in je maag. Geen jaloezie, nog niet; meer alsof je in het donker een traptree mist. En tegelijk, helemaal achter in je hoofd, een stemmetje dat irritant veel klinkt als Noor dit voorjaar: Schat van een mens. Blijft nergens lang. # body: stomach
* [Luister ernaar: vraag Noor wat ze dit voorjaar bedoelde #step: ground #locked: {pull_strong()} #why: Dat stemmetje is zo klein, en de warme plek waar {zijn()} hand lag is zo groot.]
    ~ step_ground(2)
    ~ p1_listened = true
    ‘Noor. Dit voorjaar zei je dat {hij()} nergens lang blijft. Wat bedoelde je daarmee?’
    Noor veegt met haar duim de taart van haar wang en denkt er serieus over na, wat een van de redenen is dat je van haar houdt. ‘Ik ken {hem()} niet zo goed,’ zegt ze. ‘Jip wel. Vorige winter was er iemand. Dat ging als een speer, een maand of zo, en toen werd {hij()} stiller en stiller tot er niks meer over was. Geen ruzie. Niemand had iets fout gedaan. {Hij()} was er gewoon niet meer.’
    Ze kijkt je aan. ‘Zegt verder niks, hoor. Iedereen mag een slechte winter hebben.’
    ‘Nee,’ zeg je. ‘Weet ik.’ Maar deze keer leg je het ergens waar je erbij kunt, zoals sleutels aan een haakje bij de deur.
* [Zeg tegen het stemmetje dat het zijn mond moet houden: het zat er vaker naast, en dit is anders #step: pursue]
    ~ step_pursue(2)
    Je kent dat stemmetje. Het heeft je gezelschap gehouden bij elk bijna en misschien en net-niet van de afgelopen jaren, en kijk waar luisteren je heeft gebracht: hier, alleen op feestjes, kaas kopen. Vannacht niet. Vannacht bleek iemand in deze kamer op twintig meter van je te hebben gelegen toen je klein en bang was, en als dat geen teken is, dan bestaan tekens niet. Je zet het stemmetje zachter, als een radio in een andere kamer, tot het alleen nog een gemurmel is, en dan zelfs dat niet meer. De onmogelijke gevallen liggen achter je. Dit is anders.
* [Draai {zijn()} kant van de kamer je rug toe en kijk hoe lang {hij()} wegblijft #step: withdraw]
    ~ step_withdraw(2)
    Je draait je zo dat je rug recht naar {zijn()} kant van de kamer wijst, en vraagt Noor hoe haar week was, en luistert met enorme, theatrale belangstelling naar het antwoord. Een goede test, zeg je tegen jezelf. Als {hij()} het meent, komt {hij()} wel.
    Het duurt negen minuten. Dat weet je, want je kijkt geen enkele keer op je telefoon en telt ze toch allemaal. Dan is er een hand bij je elleboog, en {zijn()} stem, laag, vlak achter je. ‘Je was ineens weg.’
    ‘Ik sta gewoon hier.’
    ‘Je was weg,’ zegt {hij()}. ‘Kom terug.’
- -> the_ask

= the_ask
Om drie uur is het feest afgesleten tot de kern. Een paar mensen op het vloerkleed die ruziën over de vraag of een tosti eigenlijk een soort pizza is; Jip rechtop in slaap in een leunstoel, de papieren kroon nog op; wijnglazen met peuken erin. Iemand heeft eindelijk jouw cava opengemaakt. Voor het plafond liep dat niet goed af.
{partner_name} vindt je in de keuken, waar je een glas staat om te spoelen dat je helemaal niet gaat gebruiken, alleen om je handen iets te doen te geven. {Hij()} leunt naast je tegen het aanrecht, schouder tegen schouder, en kijkt even met je mee naar de kraan, alsof het een uitzicht is.
‘Ik woon tien minuten hiervandaan,’ zegt {hij()}. ‘Over de brug. Ik heb een piano met zijn ingewanden op de vloer en niks in de koelkast behalve citroenen.’ {Hij()} draait {zijn()} hoofd naar je toe. ‘Ga mee.’
Het is niet echt een vraag. {Zijn()} ogen zeggen de rest: ik heb de hele avond gewacht, ik wist het toen je binnenkwam, jij bent het.
Je hart bonkt één keer, hard, als iemand die aanklopt terwijl je niemand verwacht. # body: heart
* [Ga mee. Geen rem, niet omkijken #step: pursue]
    ~ step_pursue(3)
    ~ p1_went_home = true
    Je zet het glas neer. Je antwoordt niet; dat hoeft niet. Je vindt je jas op de tast op het bed, en Noor, half in slaap op de bank, doet één oog open als je langsloopt en weer dicht, en je besluit dat als een zegen op te vatten.
    -> night
* [Zeg: vannacht niet. Geef {hem()} je nummer en vraag of je {hem()} bij daglicht mag zien #step: ground #locked: {pull_strong()} #why: Je hele lijf heeft al ja gezegd; een zin met ‘niet’ erin past niet meer door je keel.]
    ~ step_ground(2)
    -> not_tonight
* [Zeg dat je kapot bent en ga als eerste weg, voor {hij()} nog iets kan zeggen #step: withdraw]
    ~ step_withdraw(2)
    -> walked_off

= not_tonight
‘Vannacht niet,’ zeg je. Je hart is het er luidkeels mee oneens, en dat mag; het mag een mening hebben. ‘Maar ik wil je wel terugzien. Nuchter. Bij daglicht. Ergens waar we elkaar kunnen verstaan.’
{Hij()} kijkt je lang aan, en er trekt iets over {zijn()} gezicht dat je niet kunt lezen: verbazing, misschien, of respect, of de blik van iemand die net een ronde heeft verloren in een spel waarvan jij niet eens wist dat je het speelde. Dan glimlacht {hij()} en houdt {zijn()} telefoon op. Je tikt je nummer in. Je duimen zijn niet helemaal vast.
{Hij()} loopt met je mee de drie trappen af. Buiten is het snijdend koud en boven de gracht hangt een dunne nevel onder de lantaarns. Je fiets staat nog waar je hem achterliet, met vier andere aan een hek geketend, en je vingers prutsen aan het slot.
{partner_name} leunt naast je tegen het hek, zo dichtbij dat {zijn()} adem een wolkje tussen jullie maakt. ‘Eén drankje,’ zegt {hij()} zacht. ‘Bij mij. Alleen praten, echt waar. Ik wil nog niet dat deze nacht ophoudt. Jij toch ook niet, eerlijk?’ {Hij()} trekt je sjaal recht, alsof {hij()} dat al jaren doet.
Je adem stokt hoog in je borst, en het sleuteltje schiet uit het slot. # body: breath
* [Houd het vast, warm: ‘Vannacht niet. Vraag het me morgen nog eens.’ #step: ground]
    ~ step_ground(1)
    ~ boundary_held()
    ‘Vannacht niet,’ zeg je nog een keer, en de tweede keer gaat het makkelijker, als een traptree waarvan je al weet dat hij houdt. ‘Vraag het me morgen nog eens. Ik word graag gevraagd.’
    {Hij()} lacht, een zacht, verbaasd pufje, doet een stap achteruit en steekt allebei {zijn()} handen op: goed dan, jij wint. ‘Morgen,’ zegt {hij()}, alsof {hij()} het ergens opschrijft. Je fietst weg en voelt met je hele rug dat {hij()} je nakijkt, en je kijkt pas om bij de brug. Als je dat doet, staat {hij()} er nog, onder de lantaarn.
    -> alone
* [Geef toe: één drankje, alleen praten #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p1_went_home = true
    ‘Eén drankje,’ zeg je. Het slot klikt weer dicht om je fiets; je hebt besloten zonder te besluiten. {Hij()} pakt je hand en jullie lopen samen de brug over, en niemand heeft het nog over dat drankje, en er komt ook geen drankje.
    -> night

= walked_off
‘Ik ben kapot,’ zeg je, en je zet het glas neer en geeft {hem()} een kus op {zijn()} wang, snel en licht, een punt achter de zin, en je loopt de keuken uit voordat {zijn()} gezicht ook maar iets kan doen.
Je vindt je jas op de tast op het bed. Noor, half in slaap op de bank, doet één oog open als je langsloopt en vraagt: ‘Weet je het zeker?’ En jij zegt: ‘Heel zeker,’ het minst ware wat je de hele avond hebt gezegd.
Drie trappen lager slaat de kou je in het gezicht. Je voelt je fantastisch. Je voelt je misselijk. Het slot van je fiets wil niet open; je vingers willen niet.
Dan knalt achter je de voordeur open. # sfx: door
{partner_name}, zonder jas, zonder schoenen, nee, met één schoen, glijdt bijna uit op de natte klinkers. ‘Je ging gewoon?’ zegt {hij()}, buiten adem. ‘Ik heb niet eens je nummer. Ik weet niet eens waar je woont. Dan had ik het aan Noor moeten vragen, alsof we vijftien zijn.’
{Hij()} lacht, maar {zijn()} ogen lachen niet mee. {Hij()} pakt je koude handen en houdt ze tegen {zijn()} borst om ze te warmen, en onder je vingers gaat {zijn()} hart net zo snel als het jouwe.
Je keel knijpt dicht, alsof er een woord in vastzit dat je nog niet hebt gevonden. # body: throat
* [Geef {hem()} je nummer, en fiets toch alleen naar huis #step: ground #locked: {pull_strong()} #why: {Zijn()} hart onder je handen is het enige in de hele straat, en je benen hebben zich al omgedraaid.]
    ~ step_ground(1)
    ~ boundary_held()
    Je pakt {zijn()} telefoon, tikt je nummer in en geeft hem terug, en je kust {hem()} één keer, echt deze keer: geen punt meer, eerder een komma. ‘Bel me,’ zeg je. ‘Bij daglicht.’ Dan krijg je het slot eindelijk open en fiets je weg, en dit keer is het geen truc. Je wacht niet tot {hij()} je achternakomt. Je wilt alleen thuiskomen terwijl dit nog heel is vanbinnen, zoals je een glas draagt dat tot de rand vol is.
    -> alone
* [Laat {hem()} je handen warmen, en ga met {hem()} mee terug #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p1_went_home = true
    Je laat {hem()} je handen warmen. Je laat {hem()} {zijn()} andere schoen halen. Je laat je meenemen, met fiets en al, over de brug naar {zijn()} kant van de gracht, en het voelt als winnen, en het voelt als verliezen, en vooral voelt het als {zijn()} hand.
    -> night

= night
# scene: bedroom
NACHT STUB.
-> p1_end_temp

= alone
# scene: home
ALLEEN STUB.
-> p1_end_temp

= p1_end_temp
Het is de mooiste nacht die je je kunt herinneren. # pause: 1
-> text_message
