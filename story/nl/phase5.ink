// Fase 5 — Na de laatste passen. Maanden stilte, Robin, de uitnodiging, het feest.
// Mechaniek en vlaggen: ../common/phase5.ink. De eindes staan in endings.ink.

=== months_later ===
# phase: 5
# scene: home
~ p5_begin()
Maanden. De kalender is vier keer omgeslagen sinds de brief de deur uit ging, en niet één keer lichtte je telefoon op met {zijn()} naam. Je kijkt allang niet meer. Dat zeg je tegen Noor, en op de meeste dagen is het bijna waar.
Je hoofd heeft zich er wel zo'n beetje bij neergelegd. Alleen heeft niemand het je lijf verteld. Dat wordt nog altijd om zes uur wakker aan de kant van het bed die plek openlaat, en één ademhaling lang, voordat de herinnering binnenkomt, is het gewoon blij.
Dan komt de herinnering binnen, en je hart mist een traptree in het donker. # body: heart
De gedachten kloppen niet aan. Ze laten zichzelf binnen terwijl je je tanden poetst: hoe {hij()} je naam uitsprak, proevend, alsof het iets lekkers was; het rimpeltje tussen {zijn()} wenkbrauwen als {hij()} op het punt stond te liegen, of juist de waarheid te zeggen. Welke van de twee, dat heb je nooit geleerd.
* [Op de rand van het bad gaan zitten en het pijn laten doen, zo lang als het duurt #step: ground #locked: {pull_strong()} #why: Als je het gemis ook maar één minuut binnenlaat, ben je bang dat het er voorgoed intrekt.]
    ~ step_ground(1)
    ~ p5_missing = "felt"
    Je gaat op de koude rand van het bad zitten, tandenborstel nog in je hand, en laat het komen. Het komt zoals weer komt. Je borst doet echt pijn, zoals een blauwe plek als je erop drukt om te voelen of hij er nog zit.
    Het duurt negen minuten. Dat weet je omdat de waterkoker die je vergeten was heeft gekookt, is afgeslagen en weer stil is geworden. Als je opstaat is er niets opgelost, maar je bent een tikje minder bang voor de volgende keer.
* [Het oude gesprek openen, alleen om te kijken, en terugscrollen naar de goede weken #step: pursue]
    ~ step_pursue(1)
    ~ p5_missing = "fed"
    Alleen even kijken. Je scrolt langs de stilte onderaan, langs de korte, koude weken, omhoog en nog verder omhoog, tot in het voorjaar, toen {hij()} je zomaar foto's van de lucht stuurde en een spraakbericht van een merel om vier uur 's nachts.
    Je speelt het spraakbericht af. En nog eens. De merel zingt in je keuken terwijl jij daar op je sokken staat, hongerig naar iets wat je niet eens kreeg toen je het had. Je komt twintig minuten te laat op je werk.
* [Opstaan. Koude douche, hardlopen, een lijstje voor vandaag: dit gaat niet over jou heersen #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_missing = "buried"
    Je gaat niet zitten. Je zet de douche op koud en blijft eronder staan tot al je gedachten alleen nog over de kou gaan. Dan hardloopschoenen aan, het park in, drie rondjes waar twee genoeg waren geweest.
    Om acht uur heb je een lijst: twaalf punten, keurig genummerd, en op geen ervan staat {zijn()} naam. Controle, ontdek je, is een spier. Die doet net zo goed pijn als het andere. Maar deze pijn heb je tenminste zelf gekozen.
-
Het leven gaat om je heen gewoon door, zoals een rivier om een steen heen stroomt. Er is werk: spreadsheets, een nieuwe leidinggevende die zonder een spoor van ironie 'laten we daar even op terugkomen' zegt, een plantje op je bureau dat je sinds maart in leven houdt, wat telt als prestatie.
En er is Noor, elke woensdag, met een fles van iets goedkoops en waar ze die week ook maar woedend over is.
Deze week is het haar huisbaas, en dan ineens niet meer. Ze zet haar glas neer op een manier die je herkent. 'Ik zag {partner_name},' zegt ze. 'Zaterdag, op de markt. Ik was niet van plan het te zeggen. Toen dacht ik: het is erger als je het van een ander hoort.' Ze kijkt je aan over de rand van haar glas. 'Wil je het weten of niet? Allebei prima.'
* ['Vertel alles. Wat had {hij()} aan? Was {hij()} alleen?' #step: pursue]
    ~ step_pursue(1)
    ~ p5_news = "asked"
    Noor vertelt het omdat je het vraagt, en daarna omdat je blijft vragen. {Hij()} was alleen. {Hij()} kocht aardbeien en zag er magerder uit, of moe, of gewoon ouder; ze kon het niet zeggen. Dat gedoe met die persoon van die avond is voorbij. Twee weken heeft het geduurd, heeft Noor gehoord.
    Je neemt elk detail mee naar huis als een klein ingepakt cadeautje. Vooral de aardbeien. Je ligt wakker en draait ze om en om: voor wie ze waren, of {hij()} ze nog steeds staand boven het aanrecht opeet, zoals vroeger, met sap langs {zijn()} pols.
* ['Nee. Ik wil het niet weten.' En het menen, ook al kost het je wat #step: ground #locked: {pull_strong()} #why: De vraag ligt al op het puntje van je tong, en het is geen nee.]
    ~ step_ground(1)
    'Nee,' zeg je. 'Lief van je. Maar nee.' Je handen willen het weten. Je maag wil het weten. Je houdt je glas toch met allebei je handen vast.
    Noor knikt alsof je ergens voor geslaagd bent en vertelt in plaats daarvan over de huisbaas. Het is een goed verhaal; je lacht op de goede momenten. Op weg naar huis vraag je je geen moment af hoe het op de markt was, behalve de hele weg naar huis, en dan, voor het eerst in lange tijd, laat je het los.
* [Lachen. 'Eerlijk, Noor? Het kan me niks schelen.' En over iets anders beginnen #step: withdraw]
    ~ step_withdraw(1)
    'Eerlijk?' Je lacht, en het klinkt goed, vind je zelf: luchtig, onverschillig. 'Het kan me echt geen bal schelen. Wat zei die huisbaas nou?'
    Noor kijkt je een seconde te lang aan en laat het dan gaan. Je bespreekt de huisbaas met enorme inzet. Onder tafel wiebelt een van je voeten zo hard dat de wijn in beide glazen trilt, en geen van jullie zegt er iets van.
-
En dan is er Robin.
Robin heeft de fietsenmaker op de hoek, een smalle werkplaats die ruikt naar rubber en kettingolie, waar de radio al jaren op dezelfde zender staat omdat niemand de moeite neemt hem te verzetten. In mei kwam je binnen met een lekke band. Sindsdien ben je terug geweest met een piepende rem, een losse bel en één keer, tot je eigen schaamte, met helemaal niks.
Bij Robin is het makkelijk zijn. Robin lacht vanuit de buik, weet nog dat je je koffie zwart drinkt, en als Robin donderdag zegt, bedoelt Robin donderdag. Het duurde weken voor je dat doorhad. Er sprong niets in je op toen het gebeurde. Zo onbekend was het.
Vandaag veegt Robin beide handen af aan een lap die ze alleen maar zwarter maakt en zegt, zonder enige aanloop: 'Er zit een tentje aan het water waar ze goeie vis hebben. Daar wil ik je graag mee naartoe nemen. Geen druk, hoor. De zaak is morgen hoe dan ook gewoon open.'
Iets in je borst komt heel even omhoog, en kijkt dan om zich heen waar de uitgang is. # body: heart
* [Ja zeggen. En één keer niet drie zetten vooruitdenken #step: ground #locked: {pull_strong()} #why: Elke avond die je vrijhoudt, houd je ergens diep vanbinnen nog steeds vrij voor {hem()}.]
    ~ step_ground(1)
    ~ p5_robin = 2
    'Ja,' zeg je, en dan, omdat het er zo makkelijk uit kwam: 'Ja. Graag.'
    Het visrestaurant heeft papieren tafelkleden en een ober die iedereen even hartgrondig verafschuwt. Robin vertelt over een tandem die opgeknapt moest worden voor een stel van in de negentig, schiet er een beetje van vol en doet niet alsof dat niet zo is. Je wacht de hele avond op het valluik. Het gaat niet open. Op weg naar huis besef je dat je sinds het voorgerecht niet meer op je telefoon hebt gekeken.
* [Ja zeggen, zolang het luchtig blijft. Geen plannen, geen namen voor dingen #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_robin = 1
    'Goed,' zeg je. 'Maar laten we het wel luchtig houden. Ik zoek eigenlijk niks.'
    Robin haalt de schouders op, totaal niet beledigd. 'Vis is vis.' Zo wordt het iets zonder naam: meestal de donderdag, soms een film, één keer tot twee uur 's nachts op Robins bank. Het is gezellig. Je zorgt ervoor dat het precies gezellig blijft. Als Robin over een weekendje weg begint, begin jij over je werk.
* [Glimlachen, zeggen dat het druk is, en Robin op afstand houden. Er wordt in jou nog steeds een stoel vrijgehouden #step: pursue]
    ~ step_pursue(1)
    ~ p5_robin = 0
    'Wat lief,' zeg je. 'Het is alleen even heel druk.'
    Robin knikt, een vriendelijk knikje zonder enige wrok, en buigt zich weer over de remkabel. 'Het aanbod blijft staan.' Je blijft langer in de deuropening hangen dan nodig is. Dan loop je naar huis, kookt voor één, en eet het op waar je je telefoon kunt zien liggen. Voor het geval dat. Voor niks.
-
{p5_robin > 0:
    -> robin_close
}
-> easier

= robin_close
{p5_robin == 2:
    De weken lopen vol met Robin zonder dat je er iets voor hoeft te plannen. Een tandenborstel achter in je badkamerkastje. Een fietsbel die je uit duizenden herkent, twee keer onder je raam. Zondagen.
- else:
    De donderdagen blijven komen. Jij houdt ze luchtig, Robin laat je, en vraagt niet één keer wat jullie eigenlijk zijn.
}
{p5_robin == 2:
    Dan staat Robin op een zondagochtend in je keuken koffie te zetten, T-shirt binnenstebuiten, en zegt, meer tegen de koffie dan tegen jou: 'Ik vind je leuk. Heel erg. Ik ga nergens heen, dat je het weet.'
- else:
    Dan zegt Robin op een donderdag, bij het openmaken van de fietsen voor de bioscoop, meer tegen het slot dan tegen jou: 'Ik vind je leuk, weet je dat? Heel erg. Ik ga nergens heen.'
}
Het is die zin. De zin waar je een heel jaar op hebt gewacht, van {partner_name}. Hier is hij, gezegd met een gewone stem op een gewone dag, en je keel knijpt zich eromheen dicht als een vuist. # body: throat
Dus zo voelt de andere kant. Hoe liever iemand is, hoe minder lucht er in de kamer lijkt te zitten.
* [Robin de waarheid vertellen: dat dit je bang maakt, en dat je toch wilt blijven #step: ground #locked: {walls_up()} #why: De muren staan al overeind voor je bij de woorden kunt, en de woorden liggen erachter.]
    ~ step_ground(1)
    ~ p5_robin_close = "honest"
    Je dwingt jezelf het te zeggen. Dat het je bang maakt. Dat je hele lijf, als iemand blijft, naar de nooduitgangen begint te zoeken. Dat je toch wilt blijven, en dat je nog niet weet of je dat kunt.
    Robin luistert en redt je nergens uit. Dan zegt Robin: 'Oké. Dan doen we het langzaam,' en {p5_robin == 2:geeft je de koffie aan, en die is nog warm|geeft je je fietsslot aan, en jullie vingers raken elkaar}, en er is weer lucht in de wereld.
* [Zeggen: 'Ik jou ook', Robin kussen, en niets voelen bewegen #step: pursue]
    ~ step_pursue(1)
    ~ p5_robin_close = "smoothed"
    'Ik jou ook,' zeg je, en je kust Robin zodat je nergens naar hoeft te kijken. Robin glimlacht in de kus. Ergens in je valt een klein deurtje in het slot, heel zachtjes, zoals je een deur dichtdoet achter iemand die slaapt.
    Zo is het makkelijker. Je hebt jarenlang geoefend in het wegslikken van wat je voelt, zodat het zoete deel kon blijven duren. Je had alleen nooit gedacht dat je dat hier zou doen, bij iemand die er niet eens om vraagt.
* [Een reden verzinnen om weg te gaan, en twee dagen laten verstrijken voor je antwoordt #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_robin_close = "fled"
    Je herinnert je ineens een boodschap die niet bestaat en staat buiten met één arm in je jas. Die avond: 'Alles goed? x'. Je kijkt er lang naar. Je antwoordt op dinsdag, met een grapje.
    Pas halverwege naar huis herken je de passen. Je hebt ze zo vaak van de andere kant gezien. Je wist nooit hoe ze vanbinnen voelden: helemaal niet wreed. Alleen snakkend naar lucht.
-
-> easier

= easier
De zomer dunt uit. {p5_missing == "buried":Je lijstjes worden langer en je rondjes sneller, en|Je huilt één keer in de tram, die dag om niks, en} langzaam, zonder het je te vragen, wordt het makkelijker.
Niet weg. Makkelijker. Sommige ochtenden word je wakker en denk je eerst aan je werk, of aan regen, of aan {p5_robin > 0:Robin|helemaal niets}, en pas daarna aan {hem()}. Je begint die ochtenden te tellen, in plaats van de andere.
Dat is het verraderlijke aan makkelijker: je gaat erop vertrouwen.
~ p5_missing = ""
-> invitation

=== invitation ===
# scene: home
Het is een dinsdag in september als je telefoon op de keukentafel zoemt. # sfx: sms
Een nieuwe groep. 'Dakterras, zaterdag de 14e, vanaf acht uur. Neem wat te drinken mee en iemand om mee te dansen.' Vierendertig deelnemers. Je duim scrolt al door de lijst voor je daartoe besloten hebt, en daar, tussen twee namen die je amper kent, staat {partner_name}, met hetzelfde fotootje als altijd, turend tegen de zon in.
Dan een bericht van Noor, alleen aan jou: 'Zag wie er in de groep zit. Gaat het? We kunnen ook samen niet gaan, hoor.'
Je legt de telefoon omgekeerd neer. Je pakt hem weer op. Al die maanden werk, en één fotootje zo groot als een vingernagel zet {hem()} terug in je keuken, leunend tegen het aanrecht alsof {hij()} nooit weg is geweest. Eerder dan je had gehoopt. Veel eerder dan je aankunt.
En de brief. Je hebt nooit antwoord gekregen. Geen regel, geen hartje onder een bericht, niets. {letter_recalled()}
{letter_tone:
- "honest":
    Het was het eerlijkste wat je ooit op papier had gezet. Sommige nachten vraag je je nog af bij welke zin {hij()} is opgehouden met lezen.
- "bitter":
    Een deel van je wilde dat hij sneed. Sommige dagen hoop je dat het gelukt is; meestal schaam je je voor dat hopen. Stilte bloedt niet, dus je zult het nooit weten.
- "pleading":
    Je voelt de vorm van dat vragen nog in je mond, als een woord dat je niet doorgeslikt krijgt.
- else:
    Wat je ook op dat papier had gezet, het antwoord is al maanden: niets.
}
Je wist dat er niets zou komen. Dat zei je nog tegen Noor voor je hem verstuurde. Weten hielp niet. Je hoofd kun je op een stilte voorbereiden, blijkt nu; je hart niet.
De woede komt langzaam omhoog, heet, van diep uit je buik. # body: stomach
Mooi, denk je. Woede heeft ruggengraat. Als je die zaterdag mee de trap op kunt nemen, houdt hij je misschien overeind wanneer de rest van je door de knieën wil.
* [In de groep antwoorden: 'Ik ben erbij!', en kleren gaan uitzoeken #step: pursue]
    ~ step_pursue(1)
    ~ p5_anger = "armour"
    Drie uitroeptekens; je haalt er twee weg; je zet er een terug. Binnen een uur ligt je bed onder de kleren en houd je van alles voor je lijf voor de spiegel, en elk kledingstuk beantwoordt dezelfde vraag: wat ziet {hij()} straks?
    Je zegt tegen jezelf dat het een harnas is. Een harnas maakt zich meestal niet zo druk om hoe het staat.
* [Noor bellen en de waarheid zeggen: je gaat, je bent woedend, je bent bang, en je wilt haar dichtbij #step: ground #locked: {pull_strong()} #why: Als je het hardop zegt, is het echt, en je wilt nog steeds dat het iets anders is.]
    ~ step_ground(1)
    ~ p5_anger = "named"
    'Ik ga,' zeg je tegen Noor. 'En ik ben woest. En onder die woede ben ik bang, en daaronder weet ik het niet eens.' Het komt er in de verkeerde volgorde uit, maar het komt eruit.
    Noor is even stil. 'Oké,' zegt ze. 'Dan ben ik je date. En als je in mijn arm knijpt, gaan we. Geen discussie.' Jullie spreken het af als een wachtwoord. Knijpen is gaan.
* ['Misschien' antwoorden, de groep dempen, en van plan zijn laat te komen, een uur te blijven en te vertrekken zonder om te kijken #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_anger = "cold"
    Je typt 'misschien' en verder niets, wat voelt als een kleine gewelddaad. Je zet de groep op stil. Je plant het als een kraak: om tien uur binnen, als het vol is; alleen praten met mensen die je vervelen; om elf uur weer weg.
    {Hij()} zal zien dat je niet kijkt. Dat is het hele plan. Je vraagt je niet af voor wie het plan eigenlijk is.
-
Vrijdagnacht kun je niet slapen. Je telefoon ligt naast je op het kussen, waar vroeger {zijn()} hoofd lag, en dat is geen gedachte die je wilt hebben, dus heb je hem een paar keer.
Onder je duimen schrijft zich een bericht: 'Ga jij morgen ook?' Vier woorden. Onschuldig. Vriendelijk, zelfs. De cursor knippert achter het vraagteken als een hartslag.
Je maag draait zich langzaam om, zoals wanneer je zonder te kijken van de stoep stapt. Die kent deze zet. # body: stomach
* [Versturen. Het is maar een vraag #step: pursue]
    ~ step_pursue(2)
    ~ p5_text = "sent"
    Je drukt op verzenden. Eén grijs vinkje, dan twee, dan twee blauwe. Dan niets. Dan 'typt…', heel lang. Dan weer niets. Om twintig voor twee: 'Ik ben er. Fijn om van je te horen.' Met een punt erachter, en daar deed {hij()} vroeger nooit aan.
    Je leest het tot de woorden geen woorden meer zijn. Fijn om van je te horen. Alsof je een oud-collega bent. Alsof je nooit iets geschreven hebt. Je hart, de verrader, is klaarwakker en rent rondjes.
* [Naar je maag luisteren. Het bericht wissen, de telefoon in de keukenla leggen en terug naar bed #step: ground #locked: {pull_strong()} #why: Je duim hangt al boven verzenden, en je maag klinkt heel ver weg.]
    ~ step_ground(1)
    Je wist het letter voor letter, wat langer duurt en juist daarom goed voelt. De keukenla klemt, zoals altijd. De telefoon gaat tussen de theedoeken en de batterijen waarvan niemand weet of ze nog werken.
    In bed komt je maag stukje bij beetje tot rust, zoals een hond gaat liggen: één rondje, twee, en dan ineens met een plof. Je slaapt niet veel. Maar wat je wakker maakt is de regen, niet je telefoon.
* [{Zijn()} nummer blokkeren, alleen voor het weekend. Als {hij()} het probeert, loopt {hij()} maar tegen een muur #step: withdraw]
    ~ step_withdraw(2)
    ~ p5_text = "blocked"
    Drie tikken. Dit contact blokkeren? Ja, zeker weten. Het geeft verrassend veel voldoening, zoals een deur dichtsmijten in een leeg huis.
    Daarna lig je je af te vragen of {hij()} het al geprobeerd heeft, en of {hij()} het ooit zal doen, en of {hij()} een muur zou opmerken waar {hij()} nooit in de buurt komt. Het is een lange nacht. De muur houdt je gezelschap.
-
De zaterdag komt toch.
-> finale

=== finale ===
# scene: party-later
Vier trappen op, en boven ligt de hele stad oranje onder een lage hemel. Slingers met lampjes tussen de schoorstenen. Iemands speaker met iets waar te veel bas in zit. Een dak vol mensen die plastic bekertjes vasthouden alsof het iets belangrijks is. # sfx: crowd
{p5_anger:
- "named":
    Noors arm zit door de jouwe gehaakt. Je hebt nog niet geknepen. Nog niet.
- "armour":
    Je draagt de derde outfit. Noor vond de tweede mooier, en toen ze je gezicht zag, de derde perfect.
- "cold":
    Het is tien over tien; je hebt het op de minuut getimed. Noor loopt naast je en draagt allebei de flessen, want jouw handen hadden het druk met kalm zijn.
- else:
    Noor staat naast je, onder elke arm een fles, en kijkt je van opzij aan.
}
Je lijf vindt {hem()} eerder dan je ogen. {Zijn()} rug, bij de reling aan de overkant; één hand omhoog om het haar uit {zijn()} gezicht te duwen, een gebaar dat je beter kent dan je eigen handtekening. # body: heart
Dan halen je ogen het in. Je hart rent al. Al die maanden van koude ochtenden en het prima maken, en één opgeheven hand aan de andere kant van een dak is genoeg.
* [Meteen naar {hem()} toe lopen, nu de woede nog heet genoeg is om je te dragen #step: pursue]
    ~ step_pursue(2)
    Je steekt het dak over met je kin omhoog, langs mensen die je naam zeggen, langs de tafel met drank. Dit is kracht, zeg je tegen jezelf. Halverwege merk je dat je vergeten bent wat je wilde zeggen.
    {Hij()} draait zich om. Een seconde lang ligt {zijn()} gezicht helemaal open, verrast en blij, voor {hij()} eraan denkt het in de plooi te trekken. 'Hé,' zegt {ie()}. 'Je bent gekomen.' Alsof {hij()} op je had gewacht.
* [Bij de deur blijven staan. Ademen. Je hart laten doen wat het doet, voor jij iets doet #step: ground #locked: {pull_strong()} #why: Je voeten lopen al; stilstaan zou voelen als vallen.]
    ~ step_ground(1)
    Je blijft waar je bent, boven aan de trap, en ademt. In. Uit. Je hart gaat tekeer als iets wat in een doos zit opgesloten. Je laat het. Je hoeft er niets mee. Het is maar een hart.
    Na een tijdje, een minuut of een jaar, draait {hij()} zich om, ziet je en staat doodstil. Dan zet {hij()} {zijn()} glas neer en komt over het dak naar je toe.
* [Je rug naar {hem()} toe draaien en net iets te hard lachen om iets wat Noor zegt #step: withdraw]
    ~ step_withdraw(1)
    Je draait je naar Noor en lacht om wat ze net zei, en dat was: 'De wc is beneden.' Je lacht toch. Je houdt je profiel naar de reling. Je ziet eruit, zo hard als je kunt, als iemand met een heerlijk leven.
    Het duurt elf minuten. Je telt niet; je telt. Dan een aanraking bij je elleboog, licht als een vraag, en achter je zegt {zijn()} stem je naam. Natuurlijk. Jij stond stil, dus kwam {hij()}.
-
-> approach

= approach
{Hij()} ziet er ouder uit, op de een of andere manier, en zachter rond de ogen{p5_news == "asked":, en magerder, precies zoals Noor zei}. {Hij()} ruikt precies hetzelfde. Dat is het oneerlijke: je had je op alles voorbereid, behalve daarop.
{
- p5_text == "sent":
    'Bedankt voor je bericht,' zegt {ie()}. 'Ik had je bijna gebeld.' Bijna. In bijna ben je inmiddels expert.
- p5_text == "blocked":
    'Ik heb je vanochtend nog proberen te bellen,' zegt {ie()}. 'Ik kwam er niet door.' {Hij()} zegt het als een vraag. Je geeft er geen antwoord op.
}
{p5_robin > 0:
    'Zo,' zegt {ie()}, en de glimlach haalt {zijn()} stem niet. 'Robin.' Iemand heeft het {hem()} verteld. Natuurlijk heeft iemand dat gedaan: de stad is klein, en je bent gezien {p5_robin == 2:op het bankje voor de fietsenmaker, in de zon, met je hoofd op Robins schouder|voor de bioscoop op een donderdag, terwijl je twee fietsen van het slot haalde}. {Hij()} spreekt de naam voorzichtig uit, als iets wat zomaar kan afgaan.
    'Ik denk steeds aan je,' zegt {ie()}. 'Sinds ik het hoorde. Nee, dat is niet waar, daarvoor al. Maar sinds ik het hoorde, de hele tijd.' {Hij()} heeft je brief gelezen, zegt {ie()}. Heel vaak. {Hij()} heeft nooit geantwoord, omdat elk antwoord dat {hij()} schreef een leugen was, of een halve, en dat had jij gemerkt.
- else:
    'Ik heb je brief gekregen,' zegt {ie()}. 'Ik heb hem heel vaak gelezen. Ik heb niet teruggeschreven, omdat alles wat ik opschreef gelogen was, of half gelogen, en dat had jij gemerkt.'
}
Sinds een tijdje gaat {hij()} ergens naartoe, zegt {ie()}, en dan snel: 'Naar een therapeut, bedoel ik,' en {hij()} moet er zelf om lachen. Nu pas snapt {ie()} het: de afstand. Hoe {hij()} steeds dichtbij kwam en dan weer weg moest, en hoe dat voor jou geweest moet zijn. Er zijn nu woorden voor. Goede woorden. Sommige klinken als de jouwe.
'Ik ben niet meer wie ik in het voorjaar was,' zegt {ie()}. 'Ik wil het deze keer goed doen. Ik zou het anders aanpakken.' {Zijn()} hand ligt op de reling, vlak bij de jouwe. Raakt je niet. Dichtbij genoeg dat de lucht ertussen warm is.
Je kent deze dans. Je hebt hem alleen altijd van de andere kant gezien: {hij()} die naar jou toe komt, en jij degene die een stap terug kan zetten. De dansvloer is onder jullie allebei gedraaid.
Je adem gaat als eerste: snel en oppervlakkig, hoog in je borst, zoals helemaal in het begin. Je lijf weet nog hoe goed het begin was. De rest onthoudt het nooit. # body: breath
* [Een beetje ruimte laten. Maar een kiertje, om te zien of het deze keer waar is #step: pursue]
    ~ step_pursue(2)
    ~ p5_answer = "believed"
    'Hoe dan, goed?' vraag je, en het is geen nee, en jullie horen allebei dat het geen nee is.
    {Hij()} vertelt het je. Etentjes. Je vrienden. Een weekend ergens aan zee. Bellen wanneer {hij()} belooft te bellen. Je luistert naar de beloftes zoals je naar een liedje luistert waar je vroeger gek op was: vanbinnen zing je al mee. {p5_anger == "armour":Alle woede waar je je vanmiddag in had gehesen, ligt ergens op de grond als een uitgetrokken jas.|De woede die je mee de trap op hebt genomen, is ergens gebleven. Je kunt hem niet meer vinden.}
* [Het gewoon zeggen: 'Fijn dat je daarmee bezig bent. Het verandert mijn antwoord niet.' #step: ground #locked: {pull_strong()} #why: {Zijn()} hand ligt vlak naast de jouwe, en het deel van je dat een jaar heeft gewacht, is luider dan welk antwoord ook.]
    ~ step_ground(2)
    ~ p5_answer = "no"
    'Fijn,' zeg je, en je meent het, wat je zelf verbaast. 'Echt. Ik hoop dat het je helpt. Maar het verandert mijn antwoord niet.'
    Je stem trilt bij 'antwoord'. Je laat hem trillen. {Hij()} kijkt je aan alsof je iets zei in een taal die {hij()} vroeger sprak. 'Oké,' zegt {ie()}. 'Oké.' {Hij()} doet een stap terug en gaat, en alles in je lijf wil {hem()} terugroepen, en je laat het dat willen.
* [De zin die je al maanden oefent op {hem()} afvuren, en kijken hoe die aankomt #step: withdraw]
    ~ step_withdraw(2)
    ~ p5_answer = "cut"
    'Wat mooi,' zeg je. 'Zet het in een brief. Ik kom er zeker bij je op terug.'
    Hij komt aan. Je ziet hem aankomen: een klein trekje in {zijn()} mondhoek. Zo'n vier seconden voelt het heerlijk. Dan knikt {hij()}, incasseert het, zegt heel zacht 'Terecht', en loopt weg, en jij staat alleen bij de reling met je prachtige zin en je trillende handen.
-
~ p5_news = ""
~ p5_text = ""
-> comes_back

= comes_back
{p5_answer == "believed":
    De rest van de avond is {hem()}. {Hij()} haalt drankjes waar je niet om gevraagd hebt, stelt je aan mensen voor alsof je iemand bent met wie {hij()} gezien wil worden, houdt een hand onder aan je rug op de trap naar de wc. Alle aandacht waar je vorig jaar om bedelde, wordt nu gratis uitgedeeld, als flyers.{p5_anger == "named": Eén keer vangt Noor je blik, dwars over het dak. Je knijpt nergens in.}
    Om twee uur gaat de muziek zachter en trekt iemand de lampjes eruit, slinger voor slinger. {Hij()} vindt je bij de jassen. 'Ga met me mee naar huis,' zegt {ie()}. 'Of ik ga met jou mee. Ik wil gewoon niet dat deze avond ophoudt.'
- else:
    Je blijft. {p5_anger == "named":Noor blijft naast je staan als een paaltje. Twee keer knijp je bijna in haar arm; twee keer niet.|Je praat met mensen die je morgen alweer vergeten bent.} Waar {hij()} ook is op het dak, je voelt het, zoals je voelt dat er nog een pit aanstaat.
    Om twee uur, als de lampjes slinger voor slinger uitgaan, pak je je jas en loop je naar de trap. {Hij()} zit op de eerste overloop, op een traptree, alsof het toeval is. Het is geen toeval.
    'Ik probeer niks,' zegt {ie()}, en {hij()} staat op. 'Ik kon je alleen niet zo laten gaan. {p5_robin > 0:Robin of geen Robin, ik meen het.|Ik meen het.} Ga met me mee naar huis. Dan laat ik het je zien.'
    Het is de stem van het begin: laag en dichtbij, alsof jullie de enige twee mensen in een donker trappenhuis zijn. Wat ook zo is.
}
Er draait iets in je maag, langzaam en zwaar, als een sleutel in een oud slot. Je lijf heeft precies hier al eens gestaan. Het weet wat er na ja komt. # body: stomach
{rounds > 0:Je hebt het in de slechte weken weleens geteld: {rounds == 1:één keer|{rounds} keer} zei je nee, en dan kwam {hij()} terug, en hield het nee geen stand.}{held > 0: En {held == 1:één keer|{held} keer} wel.}
* [Met {hem()} meegaan #step: pursue]
    ~ step_pursue(2)
    {p5_said_no():
        ~ boundary_given_up()
    }
    {p5_robin > 0:
        ~ p5_ending = "role-switch"
    - else:
        ~ p5_ending = "cycle"
    }
    'Oké,' zeg je. Zo'n klein woord. {p5_said_no():Het loopt dwars door het nee van twee uur geleden heen, alsof dat een kralengordijn was.|Het lag de hele avond al in je mond te wachten.}
    {Hij()} pakt je hand op de trap, en {zijn()} hand is warm, en hij past. Dat deed hij altijd al. Dat was nooit het probleem.
    {p5_robin > 0:
        In je zak zoemt je telefoon één keer. Robin, waarschijnlijk, die vraagt of je goed thuisgekomen bent. Je laat hem zitten. # sfx: buzz
    }
* [Alles voelen, het verlangen en het verdriet, en in je eentje de trap af lopen #step: ground #locked: {p5_way_out_locked()} #why: Je ziet de weg naar beneden wel, maar je voeten dansen al zo lang dezelfde passen dat ze vannacht geen andere meer vinden.]
    ~ step_ground(2)
    {p5_said_no():
        ~ boundary_held()
    }
    ~ p5_ending = "step-out"
    'Nee,' zeg je. 'Niet zo.' En dan, omdat dat ook waar is: 'Ik mis je. Ik ga toch naar huis.'
    Het doet precies zoveel pijn als je had gedacht. Je had op minder gehoopt; minder krijg je niet. Je voelt het verlangen tot in je knieën, en je neemt het mee de trap af, tree voor tree, {p5_anger == "named":met Noors voetstappen een verdieping achter je, op eerbiedige afstand.|met één hand aan de leuning, als iemand die veel ouder is.}
* [Niets voelen. Welterusten zeggen als tegen een vreemde, en elke deur achter je dichtdoen #step: withdraw]
    ~ step_withdraw(2)
    ~ p5_ending = "closed-heart"
    'Welterusten,' zeg je. Beleefd. Glad. De stem die je bewaart voor mensen van andere afdelingen.
    {Hij()} wil nog iets zeggen, maar jij staat al op de trap. Ergens tussen de derde en de tweede verdieping voel je iets in je uitschakelen, netjes, als een zekering. Het doet niet eens pijn. Daaraan merk je dat het gelukt is.
-
Het licht in het trappenhuis klikt uit. # pause: 5
{p5_ending:
- "cycle": -> ending_cycle
- "role-switch": -> ending_role_switch
- "closed-heart": -> ending_closed_heart
- else: -> ending_step_out
}
