// Fase 1 — Het eerste nummer. Het feest waar het begint: de lange blikken, het om elkaar heen
// draaien, Noor die jullie voorstelt, het gedeelde verhaal in de volle gang, het stemmetje,
// de nacht. De partner antwoordt volgens de wet: wie zoekt, vindt {hem()} steeds een kamer
// verder; wie loslaat, vindt {hem()} naast zich. Wie de nacht in één ruk neemt, krijgt
// 's ochtends de eerste stilte (quiet); wie alleen naar huis gaat, krijgt {hem()} aan de deur.

=== party ===
# phase: 1
# scene: party # partner: away
Waar het begon: een trappenhuis dat naar natte jassen ruikt, Noors hand tussen je schouderbladen, een hart dat sneller gaat dan drie trappen verklaren.
Op de laatste overloop draait Noor zich om. ‘Jip zegt dat {partner_name} komt.’ Zacht, als slecht nieuws.
‘En?’ Een halve toon te hoog. Dat horen jullie allebei.
Je hebt {partner_name} vier keer gezien, nooit gesproken. En Noor, ooit, luchtig: ‘Schat van een mens. Blijft nergens lang.’ Dat heb je weggelegd waar je nooit kijkt.
Binnen geeft een zwart raam boven de jassen je je eigen gezicht terug.
* [Bekijk je gezicht in het glas en ga {hem()} zoeken #step: pursue]
    ~ step_pursue(1)
    Verhit, een beetje hongerig. Je haar goed, door de war, weer goed. Dan loop je elke kamer door en doe je of je de wc zoekt.
* [Zeg tegen Noor dat je hier bent voor haar en Jips taart, punt #step: withdraw]
    ~ step_withdraw(1)
    ‘Ik ben hier voor jou,’ zeg je. ‘En voor Jips taart.’ ‘Tuurlijk,’ zegt Noor, op haar toon voor kleuters. Je zoekt naar niemand. Veertig seconden lang.
* [Geef toe dat je zenuwachtig bent, en vraag Noor te blijven #step: ground]
    ~ step_ground(1)
    ‘Ik ben zenuwachtig,’ zeg je, en alleen al het zeggen lucht op. ‘Blijf je het eerste uur bij me?’ Noor haakt haar pink in de jouwe. ‘Het eerste uur. Daarna is het feest.’
- {you_chased():{partner_name} is er nog niet. Bij elke bel draai je je hoofd een paar graden naar de gang, en Noor ziet elke graad.|{partner_name} is er al: uit de keuken komt een lach die je meteen herkent.}
-> looks

= looks
{you_chased():Pas tegen elven staat {hij()} in de keukendeur, de kou nog in {zijn()} jas, en praat met Jip alsof er verder niemand is.|Je vindt {hem()} zonder te zoeken: {partner_name}, in de keukendeur, {zijn()} hoofd schuin naar Jip, helemaal bij wat Jip zegt.} # partner: here
Dan kijkt {hij()} op en vindt jou ook. Geen vluchtige blik: deze landt en blijft, drie tellen, vier.
* [Houd de blik vast, zo lang als {hij()} wil #step: pursue]
    ~ step_pursue(2)
    Je kijkt niet weg. {Hij()} ook niet. Eén mondhoek gaat omhoog: geen glimlach. Een antwoord. Als er iemand tussen jullie in stapt, merk je dat je niet meer ademde.
* [Kijk als eerste weg en lach om iets wat Noor zegt #step: withdraw]
    ~ step_withdraw(1)
    Je lacht om wat Noor zei, hoofd achterover. Je kijkt niet of {hij()} het ziet. Je weet dat {hij()} het ziet.
* [Merk eerst op wat die blik met je doet #step: ground]
    ~ step_ground(1)
    Er kruipt warmte in je nek. Je laat die er even zijn, knikt {hem()} toe, hoi, ik zie je, en draait je terug naar Noor. Je hart gaat snel. Maar het is van jou.
- ‘O,’ zegt Noor zacht. ‘Dat is niet niks.’
-> circling

= circling
Twee uur lang draaien jullie om elkaar heen, altijd een kamer ertussen.
{partner_close() || (you_let_go() && not partner_far()):Sta jij bij de boekenkast, dan staat {hij()} even later aan de andere kant. Ga jij naar de keuken, dan heeft {hij()} ineens dorst.|Kom jij een kamer binnen, dan is {hij()} net naar de volgende. Je ziet vooral {zijn()} rug.}
Rond middernacht gaat {hij()} in {zijn()} eentje het balkon op.
* [Ga {hem()} achterna, met een aansteker die je niet nodig hebt #step: pursue]
    ~ step_pursue(2)
    Je leent een aansteker en stapt de kou in, een zin klaar. Dan stromen er vier zingende mensen naar buiten, wordt {hij()} meegesleurd, en sta jij daar met een aansteker voor niemand, glimlachend alsof het zo hoort.
* [Blijf binnen en dans met Noor; laat {hem()} maar komen #step: withdraw]
    ~ step_withdraw(2)
    Je trekt Noor het vloerkleed op en jullie dansen expres slecht. Na het nummer staat {partner_name} in de deuropening te kijken. Jouw zet, denk je. {Hij()} doet hem niet. {Hij()} gaat ook niet weg.
* [Blijf waar je bent en laat de avond de avond zijn #step: ground]
    ~ step_ground(1)
    Op de armleuning van de bank legt iemand je een Finse film uit. Je stelt vragen. Tien minuten vergeet je {partner_name}. Dan zie je {hem()} kijken, van de andere kant van de kamer, alsof {hij()} jou al die tijd bijhield.
- -> introduction

= introduction
Om kwart voor een zet Noor haar glas met een tik neer.
{
- you_chased(): ‘Ik kan dit niet langer aanzien,’ zegt ze. ‘Een aansteker. Jij rookt niet eens.’
- last_step == "withdraw": ‘Ik kan dit niet langer aanzien,’ zegt ze. ‘Ik ben al een uur je decorstuk.’
- else: ‘Ik kan dit niet langer aanzien,’ zegt ze. ‘{Hij()} staart al een uur naar je achterhoofd.’
}
{partner_close() || (you_let_go() && not partner_far()):Ze pakt je pols, maar halverwege de kamer komt {partner_name} jullie al tegemoet.|Ze trekt je aan je pols dwars door de kamer, naar de hoek waar {partner_name} met {zijn()} rug naar je toe staat.}
‘{partner_name}, mijn maatje sinds groep acht. Maatje, {partner_name}. Praat.’ En weg is ze.
‘Hoi,’ zegt {partner_name}. ‘Hoi,’ zeg jij. Daarmee is je voorbereide materiaal op.
Dan gaat de muziek omhoog en duwt de menigte je de gang in, tegen {partner_name} aan: buitenlucht, zeep. # sfx: crowd
{Zijn()} mond bij je oor: ‘Ik ben hopeloos in koetjes en kalfjes. Vertel me het grootste wat je ooit is overkomen.’
* [Vertel {hem()} alles, meteen #step: pursue]
    ~ step_pursue(2)
    ~ p1_told = "all"
    Dus vertel je het, alles achter elkaar, zonder adem te halen. De zomer dat je acht was: een auto die niet stopte, zes weken op de kinderafdeling, vierde verdieping.
    De dikke oranje vis in het aquarium op de gang, de Burgemeester, die zijn rondjes zwom alsof de afdeling van hem was. Het bezoekuur dat om zeven uur afliep, en jij die naar de deur bleef kijken tot de schoenen van je ouders wegstierven. Je moeder die op een nacht op de gang huilde, zacht, tegen een arts.
    Je hebt het nog nooit aan iemand helemaal verteld.
    {partner_name} is doodstil geworden. ‘Vierde verdieping,’ zegt {hij()}. ‘Met die vis.’ Je staart {hem()} aan. ‘De Burgemeester.’
* [Geef {hem()} een grap en kijk of {hij()} doorvraagt #step: withdraw]
    ~ step_withdraw(1)
    ~ p1_told = "joke"
    ‘Ik heb eens een vleespakket gewonnen bij de bingo,’ zeg je. ‘Twee kilo worst. Ik ben vegetariër.’ {Hij()} lacht; je voelt het in {zijn()} borstkas. ‘Goeie poging. Nu de echte.’
    {Hij()} wacht, glimlachend. Niet te harden. Dus krijgt {hij()} een stukje: de zomer dat je acht was, een auto, een ziekenhuis.
    ‘Welk ziekenhuis?’ Je zegt het. ‘Kinderafdeling, vierde—’ en {hij()} zegt: ‘Met dat aquarium.’
* [Vraag of {hij()} eerst wil #step: ground]
    ~ step_ground(1)
    ~ p1_told = "asked"
    ‘Jij eerst,’ zeg je. ‘Jij vroeg het.’ {Hij()} lacht, betrapt, en vertelt het met horten en stoten: een zomer toen {hij()} tien was, longen die steeds in elkaar zakten, zeven weken op een kinderafdeling.
    ‘Er zwom een vis,’ zegt {hij()}. ‘Zo'n dik oranje ding, iedereen noemde hem—’
    ‘De Burgemeester,’ zeg jij. Het is eruit voor je het weet.
- -> shared

= shared
Mond aan oor puzzelen jullie het uit: dezelfde hittegolfzomer, dezelfde afdeling. Jij op kamer vier; {hij()} twintig meter verderop.
‘Ineke,’ zegt {hij()}. ‘Met de kaarten.’
‘Die de hartenvrouw achter je oor vandaan toverde,’ zeg jij, ‘ook als je klaveren drie had getrokken.’
‘Juist dan.’
Dan wat {hij()} nooit vertelt: na het bezoekuur draaide {hij()} zich naar de muur, nog voor {zijn()} ouders weg waren. ‘Dan deed het minder pijn.’
{p1_told == "all":Jouw helft heeft {hij()} al gehoord: de deur, de schoenen, het kijken.|Jij keek naar de deur tot de laatste voetstap. Je zegt het niet.}
{partner_close() || (you_let_go() && not partner_far()):{Zijn()} hand vindt de jouwe, laag. ‘Toen je binnenkwam, dacht ik: dat gezicht ken ik.’|{Hij()} kijkt even over je schouder de kamer in, dan weer naar jou. ‘Toen je binnenkwam, dacht ik: dat gezicht ken ik.’}
* [Geloof het: daarom moest het {hem()} zijn #step: pursue]
    ~ step_pursue(1)
    Natuurlijk is {hij()} het: daarom kreeg je {hem()} niet uit je hoofd. Je hebt nu al heimwee naar een leven dat nog moet beginnen: een lange tafel, vrienden die dit verhaal al honderd keer hoorden.
* [Zeg iets droogs over toeval #step: withdraw]
    ~ step_withdraw(1)
    ‘Half de stad heeft daar gelegen,’ zeg je. ‘Misschien hebben we nog dezelfde po gedeeld.’ {Hij()} lacht, maar {zijn()} gezicht zakt eerst een fractie in, en dat zie je. Dan buigt {hij()} zich dichter naar je toe. Die grap neemt {hij()} aan als uitdaging.
* [Blijf bij wat waar is: het is mooi, en je kent {hem()} tien minuten #step: ground #locked: {pull_strong()} #why: De muziek, die vis, {zijn()} adem in je oor: het deel van jou dat het rustig aan wilde doen, is allang vertrokken.]
    ~ step_ground(1)
    Het is vreemd en mooi. Het is ook toeval, gedeeld met een hele afdeling, en je kent deze persoon vier nummers lang. ‘Ik ken je nog niet,’ zeg je. ‘Dat zou ik wel willen.’ {Hij()} kijkt je aan of niemand dat ooit tegen {hem()} heeft gezegd.
- -> friends

= friends
Vrienden roepen {hem()} bij de voordeur. ‘Niet weggaan, hè,’ zegt {hij()}, en gaat. Noor duikt op en praat; je aandacht blijft aan de overkant.
Daar staat {hij()}, fluisterend in iemands oor, precies zoals {hij()} zich naar jou toe boog. {partner_close() || (you_let_go() && not partner_far()):Twee keer kijkt {hij()} over {zijn()} schouder of je er nog bent.|{Hij()} kijkt niet één keer om.}
{p1_told == "all":Je hebt {hem()} alles gegeven, het huilen van je moeder incluis. Eén koude seconde vraag je je af wat {hij()} met zulke dingen doet.}
Er draait iets kleins om in je maag. Achter in je hoofd, irritant genoeg, Noor: Schat van een mens. Blijft nergens lang. # body: stomach
* [Luister ernaar: vraag Noor wat ze bedoelde #step: ground #locked: {pull_strong()} #why: Dat stemmetje is zo klein, en de warme plek waar {zijn()} hand lag is zo groot.]
    ~ step_ground(2)
    ~ p1_listened = true
    ‘Noor. Dit voorjaar zei je dat {hij()} nergens lang blijft. Wat bedoelde je daarmee?’
    Noor denkt er serieus over na. ‘Vorige winter was er iemand. Een maand lang helemaal weg van elkaar, en toen werd {hij()} stiller en stiller. Geen ruzie. {Hij()} was er gewoon niet meer.’ Een blik. ‘Iedereen mag een slechte winter hebben.’
    ‘Weet ik,’ zeg je. Maar deze keer leg je het ergens waar je erbij kunt, zoals sleutels aan een haakje.
* [Zeg tegen het stemmetje dat het moet zwijgen: dit is anders #step: pursue]
    ~ step_pursue(2)
    Je kent dat stemmetje, en kijk waar luisteren je bracht: alleen op feestjes, om iemand heen draaiend. Iemand lag op twintig meter van je toen je klein en bang was. Als dat geen teken is, bestaan tekens niet. Je draait het stemmetje zachter.
* [Draai je om en kijk hoe lang {hij()} wegblijft #step: withdraw]
    ~ step_withdraw(2)
    Je draait {zijn()} kant van de kamer je rug toe en vraagt Noor hoe haar week was. Een test. Als {hij()} het meent, komt {hij()} wel.
    Negen minuten. Je telt ze allemaal. Dan een hand bij je elleboog, {zijn()} stem laag achter je. ‘Je was ineens weg.’
    ‘Ik sta gewoon hier.’
    ‘Je was weg,’ zegt {hij()}. ‘Kom terug.’
- -> the_ask

= the_ask
{
- partner_close(): Om drie uur vindt {partner_name} je in de keuken, waar je een glas spoelt dat je niet nodig hebt.
    ‘Ik woon over de brug. Een piano met zijn ingewanden op de vloer, citroenen in de koelkast. Ga mee.’ Het is geen vraag.
- partner_far(): Om drie uur, met een glas in je hand dat je niet meer wilt, zie je {partner_name} in de gang, {zijn()} jas al aan, {zijn()} vrienden al op de trap. Een uur lang heb je {hem()} alleen van achteren gezien.
    ‘We gaan nog ergens heen,’ zegt {hij()}. Dan, of het {hem()} nu pas invalt: ‘Of ga mee naar mij. Over de brug. Er ligt een piano uit elkaar op de vloer.’
- else: Om drie uur leunt {partner_name} in de keukendeur, terwijl jij een glas spoelt dat je niet nodig hebt. {Hij()} kijkt een hele tijd voor {hij()} iets zegt.
    ‘Ik woon over de brug. Een piano met zijn ingewanden op de vloer, citroenen in de koelkast.’ Een adem. ‘Ga mee? Als je wilt.’
}
Je hart bonkt één keer, hard, als iemand die aanklopt terwijl je niemand verwacht. # body: heart
* [Ga mee. Geen rem, niet omkijken #step: pursue]
    ~ step_pursue(3)
    ~ p1_went_home = true
    Je zet het glas neer. Antwoorden hoeft niet. Noor, half in slaap op de bank, doet één oog open, en weer dicht.
    -> night
* [Zeg: vannacht niet. Vraag of je {hem()} bij daglicht mag zien #step: ground #locked: {pull_strong()} #why: Je hele lijf heeft al ja gezegd; een zin met ‘niet’ erin past niet meer door je keel.]
    ~ step_ground(2)
    -> not_tonight
* [Zeg dat je kapot bent en ga als eerste weg #step: withdraw]
    ~ step_withdraw(2)
    -> walked_off

= not_tonight
‘Vannacht niet,’ zeg je. Je hart is het er luidkeels mee oneens. ‘Maar ik wil je wel terugzien. Nuchter. Bij daglicht.’
Er trekt iets over {zijn()} gezicht: verbazing, of iemand die een ronde verliest in een spel dat jij niet wist te spelen. Dan glimlacht {hij()} en houdt {zijn()} telefoon op.
{Hij()} loopt mee naar beneden. Buiten is het snijdend koud, nevel boven de gracht, en je vingers prutsen aan het fietsslot.
{partner_close() || (you_let_go() && not partner_far()):{partner_name} leunt naast je tegen het hek. ‘Eén drankje. Bij mij. Alleen praten, echt waar. Ik wil niet dat deze nacht ophoudt. Jij wel?’ {Hij()} trekt je sjaal recht, of {hij()} dat al jaren doet.|{partner_name} blijft op de stoep staan, handen in {zijn()} zakken. ‘Eén drankje dan. Bij mij. Alleen praten.’ {Hij()} zegt het luchtig, maar {hij()} gaat niet naar binnen voor je antwoord hebt gegeven.}
Je adem stokt hoog in je borst, en het sleuteltje schiet uit het slot. # body: breath
* [Houd het vast, warm: ‘Vannacht niet. Vraag het me morgen nog eens.’ #step: ground]
    ~ step_ground(1)
    ~ boundary_held()
    De tweede keer gaat het makkelijker. ‘Ik word graag gevraagd.’
    {Hij()} lacht, verbaasd, en steekt {zijn()} handen op: jij wint. ‘Morgen,’ zegt {hij()}. Je voelt {hem()} kijken tot aan de brug. Als je omkijkt, staat {hij()} er nog, onder de lantaarn.
    -> alone
* [Geef toe: één drankje, alleen praten #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p1_went_home = true
    Het slot klikt weer dicht; je hebt besloten zonder te besluiten. Jullie lopen samen de brug over, en er komt geen drankje.
    -> night

= walked_off
‘Ik ben kapot,’ zeg je, en je geeft {hem()} een kus op {zijn()} wang, een punt achter de zin, en loopt weg voordat {zijn()} gezicht iets kan doen.
Noor, half in slaap op de bank, doet één oog open. ‘Weet je het zeker?’ ‘Heel zeker,’ zeg je: het minst ware wat je de hele avond hebt gezegd.
Beneden slaat de kou je in het gezicht. Je voelt je fantastisch. Je voelt je misselijk. Je vingers krijgen het fietsslot niet open. # partner: away
Dan knalt achter je de voordeur open. # sfx: door
{partner_close() || (you_let_go() && not partner_far()):{partner_name}, zonder jas, met één schoen, glijdt bijna uit op de natte klinkers. ‘Je ging gewoon? Ik heb niet eens je nummer. Moet ik het soms aan Noor vragen, alsof we vijftien zijn?’|{partner_name}, jas aan, handen in de zakken, op {zijn()} gemak. ‘Ik ging toch al,’ zegt {hij()}. ‘Toevallig.’ Dan, sneller: ‘Ik heb niet eens je nummer.’} # partner: here
{Hij()} lacht, maar {zijn()} ogen lachen niet mee. {Hij()} houdt je koude handen tegen {zijn()} borst, en onder je vingers gaat {zijn()} hart net zo snel als het jouwe.
Je keel knijpt dicht rond een woord dat je nog niet hebt gevonden. # body: throat
* [Geef {hem()} je nummer, en fiets toch alleen naar huis #step: ground #locked: {pull_strong()} #why: {Zijn()} hart onder je handen is het enige in de hele straat, en je benen hebben zich al omgedraaid.]
    ~ step_ground(1)
    ~ boundary_held()
    Je tikt je nummer in {zijn()} telefoon en kust {hem()} één keer, echt: geen punt, een komma. ‘Bel me. Bij daglicht.’ Dan geeft het slot mee en fiets je weg. Het is geen truc. Je fietst voorzichtig, met iets vols in je borst dat je niet wilt morsen.
    -> alone
* [Laat {hem()} je handen warmen, en ga met {hem()} mee terug #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p1_went_home = true
    Je laat {hem()} je handen warmen. Je laat je meenemen, met fiets en al, over de brug, en het voelt als winnen, en als verliezen, en vooral als {zijn()} hand.
    -> night

= night
# scene: bedroom
De piano bestaat echt, de hamertjes in rijen op de vloer. ‘Kijk uit voor de c's,’ zegt {hij()}, en stuurt je er aan je heupen omheen.
{Hij()} heeft geen haast met je. {Hij()} vraagt dingen, zacht, en wacht echt op het antwoord.
Daarna vindt {hij()} met {zijn()} duim het oude litteken op je scheenbeen. ‘Van die muur vertel ik nooit iemand.’ Een stilte. ‘Ik weet wel waarom ik het jou vertelde.’
{
- p1_listened: Tegen de ochtend drijft de stem van Noor omhoog: een slechte winter, stiller en stiller. Je kijkt naar {zijn()} slapende gezicht, één arm over {zijn()} ogen als een kind, en laat de gedachte zinken.
- rounds > 0: Midden in de nacht denk je eraan dat je nee zei, daarbuiten in de kou, en het meende. Het voelt als iets wat iemand anders overkwam.
- else: Je slaapt niet. De eerste tram knarst de hoek om, en {hij()} trekt je in {zijn()} slaap dichter tegen zich aan.
}
{pattern_so_far() == "pursue" || partner_far():'s Ochtends staat {hij()} al aangekleed bij het raam, telefoon in de hand. ‘Ik moet ergens heen. Ik bel je.’ Een kus op je haar, en de deur.|'s Ochtends brengt {hij()} koffie. ‘Kom vanavond terug. En morgen. Ik wil met jou geen spelletjes spelen.’}
{pattern_so_far() == "pursue" || partner_far():-> quiet|-> weeks}

= quiet
# scene: home # partner: away
{partner_far():{Hij()} belt niet. Niet die dag, niet de dag erna.|{Hij()} belt die dag niet. Pas 's avonds laat een berichtje: ‘druk. morgen?’ En dan de hele volgende dag niets.}
Je legt je telefoon in de fruitschaal en haalt hem er weer uit. {Hij()} heeft het druk, zeg je tegen niemand. Zo'n nacht laat iedereen een beetje schrikken. Jij hebt ook niet gebeld.
Op de derde avond sta je af te wassen en wacht je even niet. Dan wordt er geklopt. # sfx: knock
{partner_name} op de mat, met een zak citroenen. ‘Ik dacht dat ik het verpest had,’ zegt {hij()}, alsof jij degene was die niets liet horen. # partner: here
-> weeks

= alone
# scene: home # partner: away
Je fietst naar huis door een stad die van niemand is. Je gezicht doet pijn; pas na een hele brug snap je dat het van het glimlachen is.
Je zit nog in je jas op de rand van je bed als je telefoon zoemt. # sfx: buzz
‘Ineke doet je de groeten. Ze haalde net de hartenvrouw achter mijn oor vandaan. Slaap lekker. Morgen.’
Je antwoordt nog niet. Geen tactiek: je wilt er nog even mee liggen, zoals met een warme steen in je zak.
{partner_close() || (you_let_go() && not partner_far()):Om twaalf uur gaat beneden de bel. {partner_name}, ongeschoren, twee bekers koffie. ‘Je zei bij daglicht. Het is daglicht.’|Om twaalf uur belt {hij()}. Om één uur staat {hij()} beneden, twee bekers koffie, een beetje verlegen. ‘Is dit daglicht genoeg?’} # partner: here
‘Ik heb nog nooit hoeven wachten,’ zegt {hij()} op je trap. ‘Ik vond het heerlijk. Ik vond het vreselijk. Ik vond het heerlijk.’
Die avond ga je met {hem()} mee. Niet omdat je niet meer kon stoppen. Omdat je het wilde, en het wist, en dat weten voelde als vaste grond.
-> weeks

= weeks
# scene: bedroom
De weken die volgen hebben geen randen. Uit een grijpautomaat vist {hij()} een oranje plastic visje voor je: de Burgemeester.
{
- p1_told == "all": {Hij()} weet nu alles van die zomer, en begint er zo voorzichtig over dat je je helemaal gekend voelt.
- p1_told == "joke": {Hij()} vertelt je vleespakketverhaal aan wildvreemden. Maar 's avonds laat komt {hij()} op het andere terug.
- else: {Hij()} praat vaker over de afdeling dan jij. Je merkt dat {hij()} het altijd vertelt vanaf de kant van de muur.
}
‘Ik laat nooit iemand binnen,’ zegt {hij()} in je hals. ‘Bij jou zou ik het kunnen.’
Dat {hij()} altijd te laat is, is charmant. De middagen dat {zijn()} telefoon uit staat ook. Je legt het uit voor iemand erom vraagt.
{p1_listened:Noor vraagt hoe het gaat. ‘Echt goed,’ zeg je. Ze begint niet over de winter. Jij ook niet.}
Op een zondag vertel je over het duinhuisje van Noors familie, in augustus. ‘Ga mee,’ zeg je, luchtig.
{
- partner_close(): {Hij()} kust je schouder. ‘Misschien. Augustus is nog zo ver. Laten we eerst maar nu hebben.’
- partner_far(): {Hij()} staat op om thee te zetten en roept uit de keuken: ‘Augustus is nog zo ver weg.’ Als {hij()} terugkomt, gaat het over iets anders.
- else: {Hij()} kust je schouder. ‘Augustus is nog zo ver weg. Laten we gewoon nu hebben.’
}
Iets in je maag houdt in, zoals je voet op een traptree die kraakt. # body: stomach
* [Laat het gaan: nu is genoeg #step: pursue]
    ~ step_pursue(1)
    Natuurlijk. Nu is meer dan je in jaren had. Je vouwt augustus op en trekt het dekbed over jullie heen. Wie je zo vasthoudt, gaat nergens heen.
* [Vraag het, luchtig maar echt: ‘Is dat nee?’ #step: ground #locked: {pull_strong()} #why: Als je het vraagt, breekt misschien de betovering, en die betovering is het mooiste wat je in jaren is overkomen.]
    ~ step_ground(1)
    ‘Is dat nee tegen augustus?’ vraag je. Luchtig. Maar je wacht op het antwoord, en {hij()} hoort dat je wacht.
    ‘Het is een nog-niet,’ zegt {hij()}. ‘Ik ben traag met de toekomst. Het ligt niet aan jou.’
    Het is eerlijk, en het prikt een beetje. ‘Voorlopig is dat goed,’ zeg je, en dat ‘voorlopig’ meen je net zo goed als de rest.
* [Laat het rusten, en maak je eigen zomerplannen #step: withdraw]
    ~ step_withdraw(1)
    ‘Prima,’ zeg je, en terwijl {hij()} onder de douche staat, app je Noor: reken op me voor augustus, alleen ik. Het voelt als kracht. Heel vaag voelt het ook alsof je je gezicht naar een muur draait.
- {you_chased():Een paar weken lang is de wereld precies twee mensen breed.|Een paar weken lang is de wereld twee mensen breed, en {hij()} is degene die elke avond belt.}
Het duurt net geen maand. # pause: 1
-> text_message
