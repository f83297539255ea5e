// Fase 1 — De opening. Het feest waar het begint: de lange blikken, het om elkaar heen
// draaien, Noor die jullie voorstelt, het gedeelde verhaal in de volle gang, het stemmetje,
// de nacht.

=== party ===
# phase: 1
# scene: party
Later, als je zoekt waar het begon, kom je altijd hier uit: een trappenhuis dat ruikt naar natte jassen, de hand van Noor tussen je schouderbladen, een hart dat sneller gaat dan drie trappen kunnen verklaren.
Op de laatste overloop draait Noor zich om. ‘Gaat dit over {partner_name}?’
‘Wat? Nee.’ Een halve toon te hoog. Dat horen jullie allebei.
‘Jip zegt dat {hij()} ook komt,’ zegt ze zacht, als slecht nieuws, en ze duwt de deur open.
Je hebt {partner_name} vier keer gezien en nooit gesproken. De rest is van horen zeggen: Lissabon of Porto, piano's of boten, grappig of gedoe. En Noor, ooit, luchtig: ‘Schat van een mens. Blijft nergens lang.’ Dat heb je weggelegd waar je nooit kijkt.
Binnen geeft een zwart raam boven de jassen je je eigen gezicht terug.
* [Bekijk je gezicht in het donkere glas en ga {hem()} dan zoeken #step: pursue]
    ~ step_pursue(1)
    Verhit, klaar voor iets, een beetje hongerig. Je duwt je haar goed, haalt het door de war, duwt het weer goed. Dan stap je de gang in en laat je je blik door elke kamer gaan, als een vuurtoren die heel erg zijn best doet nonchalant te lijken.
* [Zeg tegen Noor dat je hier bent voor haar en voor Jips taart, punt #step: withdraw]
    ~ step_withdraw(1)
    ‘Ik ben hier voor jou,’ zeg je. ‘En voor wat Jip dit jaar met een taart heeft uitgespookt.’ Noor zegt ‘Tuurlijk,’ op de toon die ze bewaart voor kleuters en douaniers. Je loopt naar binnen, vast van plan naar niemand te zoeken. Dat houd je ongeveer veertig seconden vol.
* [Geef toe dat je zenuwachtig bent, en vraag Noor of ze in de buurt blijft #step: ground]
    ~ step_ground(1)
    ‘Ik ben zenuwachtig,’ zeg je, en het is alsof je een zware tas neerzet. ‘Verdwijn je niet meteen, het eerste uur?’ Noor haakt haar pink in de jouwe, zoals jullie op de basisschool deden. ‘Het eerste uur. Daarna is het gewoon een feest.’ Je schouders zakken een centimeter.
- -> looks

= looks
Je vindt {hem()} zonder te zoeken, zoals je tong een afgebrokkelde kies vindt: {partner_name}, in de deuropening van de keuken, luisterend met {zijn()} hele gezicht.
Dan kijkt {hij()} op, dwars door de gang, en vindt jou ook. Geen vluchtige blik: deze landt en blijft liggen, drie tellen, vier.
* [Houd de blik vast, zo lang als {hij()} wil #step: pursue]
    ~ step_pursue(2)
    Je kijkt niet weg. {Hij()} ook niet. De gang wordt tegelijk langer en korter, zoals in films waar de camera wegrijdt en tegelijk inzoomt, en een van {zijn()} mondhoeken gaat omhoog: geen glimlach, niet helemaal. Een antwoord. Als er iemand tussen jullie in stapt, merk je dat je rond de vijfde tel bent opgehouden met ademen.
* [Kijk als eerste weg en lach om iets wat Noor zegt, hard genoeg #step: withdraw]
    ~ step_withdraw(1)
    Je draait je naar Noor en lacht om wat ze net zei (het ging over de taart, het was niet grappig), hoofd achterover, keel bloot: een lach voor een publiek van één. Je kijkt niet of het publiek meekijkt. Je voelt dat het meekijkt.
* [Merk eerst op wat die blik met je doet, voor je er iets mee doet #step: ground]
    ~ step_ground(1)
    Er kruipt warmte in je nek omhoog. Je knieën hebben er ook een mening over. Je merkt het op zoals je het weer opmerkt, geeft {hem()} een klein, gewoon knikje, hoi, ik zie je, en draait je terug naar Noor, met een hart als een mot tegen een lamp. Maar het is van jou.
- ‘O,’ zegt Noor zacht. ‘Dat is niet niks.’
-> circling

= circling
Twee uur lang draaien jullie om elkaar heen als twee katten op hetzelfde erf, altijd één kamer uit elkaar.
Rond middernacht gaat {hij()} in {zijn()} eentje het balkon op.
* [Ga {hem()} achterna, met een aansteker die je niet nodig hebt #step: pursue]
    ~ step_pursue(2)
    Je leent een aansteker en stapt de kou in. {partner_name} staat helemaal aan het eind naar de gracht te kijken. Je hebt een zin klaarliggen. Dan knalt de deur open, stromen er vier mensen naar buiten om de buren toe te zingen, wordt {hij()} meegesleurd in het gezang, en sta jij daar met een aansteker voor niemand, glimlachend alsof dit de bedoeling was.
* [Blijf binnen en dans met Noor; laat {hem()} maar naar jou komen #step: withdraw]
    ~ step_withdraw(2)
    Je trekt Noor het vloerkleed op en jullie dansen expres slecht, een en al ellebogen. Het is een goede voorstelling. Als het nummer afgelopen is, staat {partner_name} in de deuropening met de kou van het balkon nog in {zijn()} trui, en jij denkt: zo. Jouw zet. {Hij()} doet hem niet. Maar {hij()} gaat ook niet weg uit die deuropening.
* [Blijf waar je bent en laat de avond de avond zijn #step: ground]
    ~ step_ground(1)
    Je blijft op de armleuning van de bank zitten, waar iemand je de plot van een Finse film uitlegt, drie keer gezien, elke keer beter. Je stelt vragen. Tien hele minuten vergeet je {partner_name}, en als het je met een schok te binnen schiet, staat {hij()} aan de andere kant van de kamer naar je te kijken, alsof {hij()} het al die tijd was die jou bijhield.
- -> introduction

= introduction
Om kwart voor een zet Noor haar glas met een tik op de vensterbank.
{
- last_step == "pursue": ‘Ik kan dit niet langer aanzien,’ zegt ze. ‘Jij ging in november met een aansteker het balkon op. Jij rookt niet eens. Je hebt nog nooit van je leven een aansteker gehad.’
- last_step == "withdraw": ‘Ik kan dit niet langer aanzien,’ zegt ze. ‘Ik ben al een uur je decorstuk. Je staat naar {hem()} te dansen alsof het een auditie is.’
- else: ‘Ik kan dit niet langer aanzien,’ zegt ze. ‘Jij zit over Finse films te praten en {hij()} staart naar je achterhoofd alsof je {hem()} geld schuldig bent.’
}
Voor je haar kunt tegenhouden, trekt ze je aan je pols dwars door de kamer.
‘{partner_name}, mijn maatje sinds groep acht. Maatje, {partner_name}. Jip denkt dat jullie een inbraak voorbereiden. Praat.’ En weg is ze.
‘Hoi,’ zegt {partner_name}. ‘Hoi,’ zeg jij. Daarmee is je voorbereide materiaal op.
Dan gaat de muziek keihard en drukt de menigte je de gang in, tegen {partner_name} aan: buitenlucht, zeep. # sfx: crowd
{Hij()} brengt {zijn()} mond bij je oor. ‘Ik ben hopeloos in koetjes en kalfjes. Vertel me het grootste wat je ooit is overkomen.’
* [Vertel {hem()} alles, meteen #step: pursue]
    ~ step_pursue(2)
    ~ p1_told = "all"
    Dus vertel je het, alsof {hij()} aan een los draadje trekt en de hele trui meekomt. De zomer dat je acht was: een auto die niet stopte, je fiets gevouwen als een paperclip, zes weken op de kinderafdeling, vierde verdieping, je been omhoog aan katrollen, en elke dag de honderdtwaalf gaatjes in de plafondplaat natellen, voor het geval er eentje was verschoven.
    Het aquarium op de gang, met één dikke oranje vis die de kinderen de Burgemeester noemden, omdat hij zijn rondjes zwom alsof de afdeling van hem was. De zuster met de kaarttrucs. Het bezoekuur dat om zeven uur afliep, en hoe jij naar de deur bleef kijken tot het laatste geluid van de schoenen van je ouders van de gang verdwenen was, en daarna nog even.
    De nacht dat je moeder buiten op de gang huilde, zacht, tegen een arts. Je hebt het nog nooit aan iemand helemaal verteld. Nu schreeuw je het in het oor van een onbekende, in een gang die ruikt naar gemorste wijn.
    {partner_name} is doodstil geworden. ‘Vierde verdieping,’ zegt {hij()}. ‘Met die vis.’ Je staart {hem()} aan. ‘De Burgemeester.’
* [Geef {hem()} een grap en kijk of {hij()} doorvraagt #step: withdraw]
    ~ step_withdraw(1)
    ~ p1_told = "joke"
    ‘Ik heb een keer een vleespakket gewonnen bij de bingo,’ zeg je in {zijn()} oor. ‘Twee kilo worst. Ik ben vegetariër.’ {Hij()} lacht; je voelt het in {zijn()} borstkas. Dan schudt {hij()} {zijn()} hoofd, zonder een centimeter terug te wijken. ‘Goeie poging. Nu de echte.’
    {Hij()} wacht, glimlachend, alsof {hij()} de hele nacht heeft en die graag hier doorbrengt. Het is niet te harden. Het is heerlijk. Dus geef je {hem()} een stukje, alleen een stukje: de zomer dat je acht was, een auto, je fiets, een ziekenhuis.
    ‘Welk ziekenhuis?’ Je zegt het. ‘De kinderafdeling, op de vierde—’ en {hij()} zegt, voordat jij het kunt zeggen: ‘Met dat aquarium.’
* [Vraag of {hij()} eerst wil #step: ground]
    ~ step_ground(1)
    ~ p1_told = "asked"
    ‘Jij eerst,’ zeg je. ‘Jij vroeg het.’ {Hij()} lacht, betrapt, en vertelt het dan met horten en stoten, alsof {hij()} het van heel ver weg moet aflezen: een zomer toen {hij()} tien was, longen die steeds in elkaar zakten als natte papieren zakjes, zeven weken op een kinderafdeling waar de ramen niet open konden.
    ‘Er zwom een vis,’ zegt {hij()}. ‘Op de gang. Zo'n dik oranje ding, iedereen noemde hem—’
    ‘De Burgemeester,’ zeg jij. Het komt uit je omhoog als een luchtbel van de bodem van een vijver.
- -> shared

= shared
Mond aan oor puzzelen jullie het uit: dezelfde hittegolfzomer, dezelfde afdeling. Jij op kamer vier bij de lift; {hij()} twintig meter verderop, bij de kapotte zonwering.
‘Ineke,’ zegt {hij()}. ‘Met de kaarten.’
‘Die de hartenvrouw achter je oor vandaan toverde,’ zeg jij, ‘ook als je klaveren drie had getrokken.’
‘Juist dan.’
Dan wat {hij()} nooit vertelt: na het bezoekuur draaide {hij()} zich naar de muur, nog voor {zijn()} ouders de deur uit waren. ‘Dan deed het minder pijn. Ik was tien.’
{p1_told == "all":Jouw helft heeft {hij()} al gehoord: de deur, de schoenen, het kijken.|Jij keek naar de deur tot de laatste voetstap. Je zegt het niet.}
{Zijn()} hand heeft de jouwe gevonden, laag, waar niemand het ziet. ‘Toen je binnenkwam,’ zegt {hij()}, ‘dacht ik: dat gezicht ken ik.’
* [Laat het toe: daarom moest het {hem()} zijn #step: pursue]
    ~ step_pursue(1)
    Natuurlijk is {hij()} het: daarom kreeg je {hem()} niet meer uit je hoofd. De fantasie komt meteen helemaal ingericht: een lange tafel, vrienden die dit verhaal al honderd keer hebben gehoord, {hij()} die het stuk over de Burgemeester doet. Je hebt nu al heimwee naar een leven dat nog moet beginnen.
* [Zeg iets droogs: half de stad heeft in dat ziekenhuis gelegen #step: withdraw]
    ~ step_withdraw(1)
    ‘Half de stad heeft in dat ziekenhuis gelegen,’ zeg je. ‘Misschien hebben we nog dezelfde po gedeeld.’ {Hij()} lacht, maar {zijn()} gezicht zakt er een fractie eerder in, en je voelt het, alsof je je vingers klemt in een deurtje dat je zelf dichtdoet. {Hij()} buigt zich toch weer naar je toe, dichterbij, alsof die grap een uitdaging was.
* [Blijf bij wat waar is: het is vreemd en mooi, en je kent {hem()} tien minuten #step: ground #locked: {pull_strong()} #why: De muziek, die vis, {zijn()} adem in je oor: het deel van jou dat het rustig aan wilde doen, is allang vertrokken.]
    ~ step_ground(1)
    Het is vreemd en mooi en je huid zoemt ervan. Het is ook toeval, gedeeld met een hele afdeling vol kinderen, en je kent deze persoon ongeveer zo lang als vier nummers duren. Je houdt ze allebei vast. ‘Ik ken je nog niet,’ zeg je in {zijn()} oor. ‘Dat zou ik wel willen.’ {Hij()} kijkt je aan alsof niemand dat ooit zo tegen {hem()} heeft gezegd.
- -> friends

= friends
Dan roepen vrienden {hem()} vanaf de voordeur. ‘Niet weggaan, hè,’ zegt {hij()}, en gaat, en de plek waar {hij()} stond koelt belachelijk snel af.
Noor duikt op, taart op haar wang, en praat. Je aandacht wacht aan de overkant, als een hond die bij de supermarkt is vastgebonden.
Daar staat {hij()}, iets in iemands oor te fluisteren, precies zoals {hij()} zich naar jou toe boog.
{p1_told == "all":Je hebt {hem()} alles gegeven, het huilen van je moeder incluis. Eén koude seconde vraag je je af wat {hij()} met zulke dingen doet.}
Er draait iets kleins om in je maag. Achter in je hoofd, irritant genoeg, Noor: Schat van een mens. Blijft nergens lang. # body: stomach
* [Luister ernaar: vraag Noor wat ze dit voorjaar bedoelde #step: ground #locked: {pull_strong()} #why: Dat stemmetje is zo klein, en de warme plek waar {zijn()} hand lag is zo groot.]
    ~ step_ground(2)
    ~ p1_listened = true
    ‘Noor. Dit voorjaar zei je dat {hij()} nergens lang blijft. Wat bedoelde je daarmee?’
    Noor veegt de taart van haar wang en denkt er serieus over na, en daarom hou je van haar. ‘Vorige winter was er iemand. Dat ging als een speer, een maand of zo, en toen werd {hij()} stiller en stiller tot er niks meer over was. Geen ruzie. {Hij()} was er gewoon niet meer.’ Een blik. ‘Iedereen mag een slechte winter hebben.’
    ‘Weet ik,’ zeg je. Maar deze keer leg je het ergens waar je erbij kunt, zoals sleutels aan een haakje bij de deur.
* [Zeg tegen het stemmetje dat het zijn mond moet houden: het zat er vaker naast, en dit is anders #step: pursue]
    ~ step_pursue(2)
    Je kent dat stemmetje. Het praatte mee bij elk bijna en net-niet van de afgelopen jaren, en kijk waar luisteren je heeft gebracht: alleen op feestjes, om iemand heen draaiend. Vannacht bleek iemand op twintig meter van je te hebben gelegen toen je klein en bang was. Als dat geen teken is, bestaan tekens niet. Je zet het stemmetje zachter, als een radio in een andere kamer.
* [Draai {zijn()} kant van de kamer je rug toe en kijk hoe lang {hij()} wegblijft #step: withdraw]
    ~ step_withdraw(2)
    Je draait {zijn()} kant van de kamer demonstratief je rug toe en vraagt Noor met enorme, theatrale belangstelling hoe haar week was. Een test, zeg je tegen jezelf. Als {hij()} het meent, komt {hij()} wel.
    Negen minuten. Je kijkt geen enkele keer op je telefoon en telt ze toch allemaal. Dan een hand bij je elleboog, {zijn()} stem laag achter je. ‘Je was ineens weg.’
    ‘Ik sta gewoon hier.’
    ‘Je was weg,’ zegt {hij()}. ‘Kom terug.’
- -> the_ask

= the_ask
Om drie uur, als Jip slaapt onder een papieren kroon, vindt {partner_name} je in de keuken, waar je een glas spoelt dat je niet nodig hebt.
‘Ik woon over de brug. Een piano met zijn ingewanden op de vloer, niks in de koelkast dan citroenen.’ {Hij()} kijkt je aan. ‘Ga mee.’ Het is niet echt een vraag.
Je hart bonkt één keer, hard, als iemand die aanklopt terwijl je niemand verwacht. # body: heart
* [Ga mee. Geen rem, niet omkijken #step: pursue]
    ~ step_pursue(3)
    ~ p1_went_home = true
    Je zet het glas neer. Je antwoordt niet; dat hoeft niet. Je vindt je jas op de tast op het bed, en Noor, half in slaap op de bank, doet één oog open als je langsloopt en weer dicht. Je besluit dat als een zegen op te vatten.
    -> night
* [Zeg: vannacht niet. Geef {hem()} je nummer en vraag of je {hem()} bij daglicht mag zien #step: ground #locked: {pull_strong()} #why: Je hele lijf heeft al ja gezegd; een zin met ‘niet’ erin past niet meer door je keel.]
    ~ step_ground(2)
    -> not_tonight
* [Zeg dat je kapot bent en ga als eerste weg, voor {hij()} nog iets kan zeggen #step: withdraw]
    ~ step_withdraw(2)
    -> walked_off

= not_tonight
‘Vannacht niet,’ zeg je. Je hart is het er luidkeels mee oneens; het mag een mening hebben. ‘Maar ik wil je wel terugzien. Nuchter. Bij daglicht. Ergens waar we elkaar kunnen verstaan.’
Er trekt iets over {zijn()} gezicht dat je niet kunt lezen: verbazing, of de blik van iemand die net een ronde heeft verloren in een spel waarvan jij niet wist dat je het speelde. Dan glimlacht {hij()} en houdt {zijn()} telefoon op. Je duimen zijn niet helemaal vast.
{Hij()} loopt met je mee naar beneden. Buiten is het snijdend koud, een dunne nevel boven de gracht onder de lantaarns, en je fiets staat nog waar je hem achterliet, met vier andere aan een hek geketend. Je vingers prutsen aan het slot.
{partner_name} leunt naast je tegen het hek, {zijn()} adem een wolkje tussen jullie in. ‘Eén drankje. Bij mij. Alleen praten, echt waar. Ik wil nog niet dat deze nacht ophoudt. Jij toch ook niet, eerlijk?’ {Hij()} trekt je sjaal recht, alsof {hij()} dat al jaren doet.
Je adem stokt hoog in je borst, en het sleuteltje schiet uit het slot. # body: breath
* [Houd het vast, warm: ‘Vannacht niet. Vraag het me morgen nog eens.’ #step: ground]
    ~ step_ground(1)
    ~ boundary_held()
    ‘Vannacht niet,’ zeg je nog een keer, en de tweede keer gaat het makkelijker, als een traptree waarvan je al weet dat hij houdt. ‘Vraag het me morgen nog eens. Ik word graag gevraagd.’
    {Hij()} lacht, een zacht, verbaasd pufje, en steekt allebei {zijn()} handen op: jij wint. ‘Morgen,’ zegt {hij()}, alsof {hij()} het ergens opschrijft. Je fietst weg en voelt met je hele rug dat {hij()} je nakijkt, en je kijkt pas om bij de brug. {Hij()} staat er nog, onder de lantaarn.
    -> alone
* [Geef toe: één drankje, alleen praten #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p1_went_home = true
    ‘Eén drankje,’ zeg je. Het slot klikt weer dicht; je hebt besloten zonder te besluiten. Jullie lopen samen de brug over, en niemand heeft het nog over dat drankje, en er komt ook geen drankje.
    -> night

= walked_off
‘Ik ben kapot,’ zeg je, en je geeft {hem()} een kus op {zijn()} wang, snel en licht, een punt achter de zin, en loopt de keuken uit voordat {zijn()} gezicht ook maar iets kan doen.
Noor, half in slaap op de bank, doet één oog open. ‘Weet je het zeker?’ ‘Heel zeker,’ zeg je: het minst ware wat je de hele avond hebt gezegd.
Drie trappen lager slaat de kou je in het gezicht. Je voelt je fantastisch. Je voelt je misselijk. Je vingers krijgen het fietsslot niet open.
Dan knalt achter je de voordeur open. # sfx: door
{partner_name}, zonder jas, zonder schoenen, nee, met één schoen, glijdt bijna uit op de natte klinkers. ‘Je ging gewoon? Ik heb niet eens je nummer. Dan had ik het aan Noor moeten vragen, alsof we vijftien zijn.’
{Hij()} lacht, maar {zijn()} ogen lachen niet mee. {Hij()} houdt je koude handen tegen {zijn()} borst, en onder je vingers gaat {zijn()} hart net zo snel als het jouwe.
Je keel knijpt dicht rond een woord dat je nog niet hebt gevonden. # body: throat
* [Geef {hem()} je nummer, en fiets toch alleen naar huis #step: ground #locked: {pull_strong()} #why: {Zijn()} hart onder je handen is het enige in de hele straat, en je benen hebben zich al omgedraaid.]
    ~ step_ground(1)
    ~ boundary_held()
    Je tikt je nummer in {zijn()} telefoon en kust {hem()} één keer, echt: geen punt meer, eerder een komma. ‘Bel me. Bij daglicht.’ Dan geeft het slot mee en fiets je weg, en dit keer is het geen truc. Je wilt alleen thuiskomen terwijl dit nog heel is vanbinnen, zoals je een glas draagt dat tot de rand vol is.
    -> alone
* [Laat {hem()} je handen warmen, en ga met {hem()} mee terug #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p1_went_home = true
    Je laat {hem()} je handen warmen. Je laat {hem()} {zijn()} andere schoen halen. Je laat je meenemen, met fiets en al, over de brug, en het voelt als winnen, en als verliezen, en vooral als {zijn()} hand.
    -> night

= night
# scene: bedroom
De piano bestaat echt, de hamertjes in rijen op de vloer als een klein vilten leger. ‘Kijk uit voor de c's,’ zegt {hij()}, en stuurt je er aan je heupen omheen.
{Hij()} doet langzaam met je, alsof {hij()} je uit {zijn()} hoofd leert.
Daarna leest {hij()} het oude litteken op je scheenbeen als braille. ‘Van die muur vertel ik nooit iemand. Ik weet niet waarom ik het jou vertelde.’ Een stilte. ‘Jawel. Dat weet ik wel.’
{
- p1_listened: Tegen de ochtend drijft de stem van Noor omhoog: een slechte winter, stiller en stiller. Je kijkt naar {zijn()} slapende gezicht, één arm over {zijn()} ogen als een kind, en laat de gedachte zakken. Ze zinkt zonder geluid.
- rounds > 0: Midden in de nacht schiet je te binnen dat je nee hebt gezegd, daarbuiten in de kou, en dat het waar was. Het voelt als iets wat iemand anders is overkomen, in een andere stad.
- else: Je slaapt niet. Beneden knarst de eerste tram de hoek om, en {hij()} trekt je in {zijn()} slaap dichter tegen zich aan, alsof {hij()} zelfs slapend precies weet waar je bent.
}
's Ochtends brengt {hij()} koffie, {zijn()} trui binnenstebuiten. ‘Kom vanavond terug. En morgen. Ik wil met jou geen spelletjes spelen. Ik zou niet eens weten hoe.’
-> weeks

= alone
# scene: home
Je fietst naar huis door een stad die van niemand is: zwarte grachten, een meeuw op elke meerpaal, de bakker op de hoek al verlicht, iemand in een wit schort die achter het beslagen glas bakplaten tilt. Je gezicht doet pijn; het kost je een hele brug om te snappen dat het van het glimlachen is.
Je gaat met je jas nog aan op de rand van je bed zitten. Je telefoon zoemt. # sfx: buzz
‘Ineke doet je de groeten. Ze haalde net de hartenvrouw achter mijn oor vandaan en ik moest aan jou denken. Slaap lekker. Morgen.’
Je leest het elf keer en antwoordt nog niet. Geen tactiek: je wilt er gewoon nog even mee liggen, als met een zonwarme steen in je jaszak.
Om twaalf uur belt {hij()}, zoals afgesproken, en vraagt het opnieuw. Jullie lopen vier uur langs de rivier: {zijn()} jaar in Lissabon, dat Porto bleek; de boten, die piano's bleken; de broer die {hij()} niet meer ziet; de tante die jullie allebei vreselijk zouden vinden. Onder het spoorviaduct kust {hij()} je terwijl een trein de hele wereld laat trillen, en jullie lachen om het cliché, en doen het nog een keer.
‘Ik heb nog nooit hoeven wachten,’ zegt {hij()}. ‘Ik vond het heerlijk. Ik vond het vreselijk. Ik vond het heerlijk.’
Die avond ga je met {hem()} mee naar huis. Niet omdat je niet meer kon stoppen. Omdat je het wilde, en het wist, en dat weten voelde als vaste grond.
-> weeks

= weeks
# scene: bedroom
De weken die volgen hebben geen randen. Uit een grijpautomaat vist {hij()} een oranje plastic visje voor je: de Burgemeester, in ere hersteld.
{
- p1_told == "all": {Hij()} weet nu alles van die zomer, ook de stem van je moeder, en begint er zo teder over dat je je gekend voelt tot in de vloerplanken.
- p1_told == "joke": {Hij()} vertelt het verhaal van het vleespakket aan wildvreemden in winkels. Maar het is het andere verhaal waar {hij()} 's avonds laat op terugkomt, alsof {hij()} nog steeds niet kan geloven dat jij er ook was.
- else: {Hij()} praat nu vaker over de afdeling dan jij. Je merkt, zonder het te willen, dat {hij()} het altijd vertelt vanaf de kant van de muur.
}
‘Ik laat nooit iemand binnen,’ zegt {hij()} in je hals. ‘Ik denk dat ik het zou kunnen. Met jou.’
Dat {hij()} altijd te laat is, is charmant. De middagen dat {zijn()} telefoon uit staat ook. Je hebt overal al een verklaring voor. Niemand vraagt erom.
{p1_listened:Noor vraagt hoe het gaat. ‘Echt goed,’ zeg je. Ze begint niet over de winter. Jij ook niet.}
Op een zondag vertel je over het duinhuisje dat Noors familie elke augustus huurt, met een kamer over. ‘Ga mee,’ zeg je, luchtig.
{Hij()} kust je schouder. ‘Augustus is nog zo ver weg. Laten we gewoon nu hebben.’
Iets in je maag houdt in, zoals je voet op een traptree die kraakt. # body: stomach
* [Laat het gaan: nu is genoeg, augustus komt vanzelf #step: pursue]
    ~ step_pursue(1)
    Natuurlijk. Nu is meer dan je in jaren hebt gehad. Je vouwt augustus op bij de andere dingen die je voorlopig niet nodig hebt, trekt het dekbed over jullie allebei heen, {hij()} lacht in je hals, en je weet het zeker: wie je zo vasthoudt, gaat nergens heen.
* [Vraag het, luchtig maar echt: ‘Is dat nee tegen augustus?’ #step: ground #locked: {pull_strong()} #why: Als je het vraagt, breekt misschien de betovering, en die betovering is het mooiste wat je in jaren is overkomen.]
    ~ step_ground(1)
    ‘Is dat nee tegen augustus?’ vraag je. Luchtig. Maar je wacht op het antwoord, en {hij()} hoort dat je wacht.
    ‘Het is een nog-niet,’ zegt {hij()}. ‘Ik ben traag met de toekomst. Het heeft niks met jou te maken. Is dat goed?’
    Het is eerlijk, en het prikt een beetje, en je merkt dat je die twee allebei kunt vasthouden. ‘Voorlopig wel,’ zeg je, en dat ‘voorlopig’ meen je net zo goed als de rest.
* [Laat augustus rusten, en maak je eigen zomerplannen zonder {hem()} #step: withdraw]
    ~ step_withdraw(1)
    ‘Prima,’ zeg je, en je glimlacht, en terwijl {hij()} onder de douche staat, app je Noor: reken op me voor augustus, alleen ik. Jij gaat niet degene zijn die met een lege kamer blijft zitten. Het voelt als kracht. Heel vaag voelt het ook alsof je je gezicht naar een muur draait.
- Een paar weken lang is de wereld precies twee mensen breed.
Het duurt net geen maand. # pause: 1
-> text_message
