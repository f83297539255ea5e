// Fase 5 — Na de laatste passen. Maanden stilte, Robin, de uitnodiging, het feest.
// Mechaniek en vlaggen: ../common/phase5.ink. De eindes staan in endings.ink.

=== months_later ===
# phase: 5
# scene: home
~ p5_begin()
Maanden, en niet één keer lichtte je telefoon op met {zijn()} naam. Je lijf heeft het niet gehoord. Het wordt nog altijd om zes uur wakker aan de kant van het bed die plek openlaat, één ademhaling lang blij.
Dan komt de herinnering, en je hart mist een traptree in het donker. # body: heart
* [Op de rand van het bad gaan zitten en het pijn laten doen, zo lang als het duurt #step: ground #locked: {pull_strong()} #why: Als je het gemis ook maar één minuut binnenlaat, ben je bang dat het er voorgoed intrekt.]
    ~ step_ground(1)
    ~ p5_missing = "felt"
    Je gaat op de koude rand van het bad zitten en laat het komen, zoals weer komt. Je borst doet pijn als een blauwe plek waar je op drukt om te voelen of hij er nog zit.
    Het duurt negen minuten; de waterkoker die je vergeten was, kookt en slaat af. Er is niets opgelost, maar je bent een tikje minder bang voor de volgende keer.
* [Het oude gesprek openen, alleen om te kijken, en terugscrollen naar de goede weken #step: pursue]
    ~ step_pursue(1)
    ~ p5_missing = "fed"
    Alleen even kijken. Je scrolt langs de stilte, langs de korte, koude weken, omhoog tot in het voorjaar: foto's van de lucht, zomaar, en een spraakbericht van een merel om vier uur 's nachts.
    Je speelt het twee keer af. De merel zingt in je keuken terwijl jij daar op je sokken staat, hongerig naar iets wat je niet eens kreeg toen je het had. Je komt twintig minuten te laat op je werk.
* [Opstaan. Koude douche, hardlopen, een lijstje: dit gaat niet over jou heersen #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_missing = "buried"
    Je blijft onder de koude douche staan tot al je gedachten over de kou gaan. Dan hardloopschoenen aan, het park in, drie rondjes waar twee genoeg waren geweest.
    Om acht uur heb je een lijst: twaalf punten, genummerd, en op geen ervan {zijn()} naam. Controle is een spier, blijkt. Die doet ook pijn, maar deze pijn heb je zelf gekozen.
-
Woensdag is Noor halverwege haar huisbaas als ze haar glas neerzet. 'Ik zag {partner_name}, op de markt. Wil je het weten? Allebei prima.'
* ['Vertel alles. Was {hij()} alleen?' #step: pursue]
    ~ step_pursue(1)
    ~ p5_news = "asked"
    Noor vertelt, omdat jij blijft vragen. {Hij()} was alleen, kocht aardbeien, zag er magerder uit, of moe, of gewoon ouder. Dat gedoe met die persoon van die avond heeft twee weken geduurd.
    Je neemt elk detail mee naar huis als een ingepakt cadeautje. Vooral de aardbeien: voor wie ze waren, of {hij()} ze nog altijd staand boven het aanrecht opeet, met sap langs {zijn()} pols.
* ['Nee. Ik wil het niet weten.' En het menen, ook al kost het je wat #step: ground #locked: {pull_strong()} #why: De vraag ligt al op het puntje van je tong, en het is geen nee.]
    ~ step_ground(1)
    'Nee,' zeg je. 'Lief van je. Maar nee.' Je handen willen het weten. Je maag wil het weten. Je houdt je glas toch met allebei je handen vast.
    Noor knikt alsof je ergens voor geslaagd bent en vertelt over de huisbaas. Op weg naar huis vraag je je geen moment af hoe het op de markt was, behalve de hele weg. Dan laat je het los.
* [Lachen. 'Eerlijk? Het kan me niks schelen.' En over iets anders beginnen #step: withdraw]
    ~ step_withdraw(1)
    'Eerlijk?' Je lacht, luchtig en onverschillig, vind je zelf. 'Het kan me geen bal schelen. Wat zei die huisbaas nou?'
    Noor kijkt je een seconde te lang aan en laat het dan gaan. Onder tafel wiebelt je voet zo hard dat de wijn in beide glazen trilt, en geen van jullie zegt er iets van.
-
En dan is er Robin, van de fietsenmaker op de hoek, waar je sinds mei bent geweest met een lekke band, een piepende rem en één keer, tot je eigen schaamte, met helemaal niks.
Als Robin donderdag zegt, bedoelt Robin donderdag. Er sprong niets in je op toen je dat merkte. Zo onbekend was het.
Vandaag veegt Robin beide handen af aan een lap die ze alleen maar zwarter maakt: 'Er zit een tentje aan het water met goeie vis. Mag ik je meenemen?'
Iets in je borst komt heel even omhoog, en kijkt dan waar de uitgang is. # body: heart
* [Ja zeggen. En één keer niet drie zetten vooruitdenken #step: ground #locked: {pull_strong()} #why: Elke avond die je vrijhoudt, houd je ergens diep vanbinnen nog steeds vrij voor {hem()}.]
    ~ step_ground(1)
    ~ p5_robin = 2
    'Ja,' zeg je, en omdat het er zo makkelijk uit kwam: 'Ja. Graag.'
    Het visrestaurant heeft papieren tafelkleden en een ober die iedereen even hartgrondig verafschuwt. Robin schiet vol over een tandem die is opgeknapt voor een stel van in de negentig, en doet niet alsof dat niet zo is. Je wacht de hele avond op het valluik. Het gaat niet open. Je kijkt geen één keer op je telefoon.
* [Ja zeggen, zolang het luchtig blijft: geen plannen, geen namen #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_robin = 1
    'Goed,' zeg je. 'Maar laten we het luchtig houden.'
    Robin haalt de schouders op. 'Vis is vis.' Zo wordt het iets zonder naam: donderdagen, een film, één keer tot twee uur 's nachts op Robins bank. Je houdt het precies zo gezellig. Als Robin over een weekendje weg begint, begin jij over je werk.
* [Zeggen dat het druk is. Er wordt in jou nog steeds een stoel vrijgehouden #step: pursue]
    ~ step_pursue(1)
    ~ p5_robin = 0
    'Wat lief,' zeg je. 'Het is alleen even heel druk.'
    Robin knikt, zonder enige wrok. 'Het aanbod blijft staan.' Je loopt naar huis, kookt voor één en eet het op waar je je telefoon kunt zien liggen. Voor het geval dat. Voor niks.
-
{p5_robin > 0:
    -> robin_close
}
-> easier

= robin_close
{p5_robin == 2:
    De weken lopen vol met Robin: een tandenborstel in je badkamerkastje, een fietsbel twee keer onder je raam, zondagen.
- else:
    De donderdagen blijven komen. Jij houdt ze luchtig, en Robin vraagt nooit wat jullie zijn.
}
{p5_robin == 2:
    Dan staat Robin op een zondag in je keuken koffie te zetten, T-shirt binnenstebuiten, en zegt tegen de koffie: 'Ik vind je leuk. Heel erg. Ik ga nergens heen.'
- else:
    Dan zegt Robin op een donderdag, bij het openmaken van de fietsen voor de bioscoop, tegen het slot: 'Ik vind je leuk. Heel erg. Ik ga nergens heen.'
}
Het is de zin waar je een jaar op hebt gewacht, van {partner_name}, gezegd op een gewone dag, en je keel knijpt zich eromheen dicht als een vuist. # body: throat
* [Robin de waarheid vertellen: dat dit je bang maakt, en dat je toch wilt blijven #step: ground #locked: {walls_up()} #why: De muren staan al overeind voor je bij de woorden kunt, en de woorden liggen erachter.]
    ~ step_ground(1)
    ~ p5_robin_close = "honest"
    Je dwingt jezelf het te zeggen: dat het je bang maakt, dat je hele lijf naar de nooduitgangen zoekt als iemand blijft, dat je toch wilt blijven.
    Robin redt je nergens uit. 'Oké. Dan doen we het langzaam.' Robin {p5_robin == 2:geeft je de koffie aan, nog warm|geeft je je fietsslot aan, en jullie vingers raken elkaar}, en er is weer lucht.
* [Zeggen: 'Ik jou ook', Robin kussen, en niets voelen bewegen #step: pursue]
    ~ step_pursue(1)
    ~ p5_robin_close = "smoothed"
    'Ik jou ook,' zeg je, en je kust Robin zodat je nergens naar hoeft te kijken. Ergens in je valt een klein deurtje in het slot, zoals je een deur dichtdoet achter iemand die slaapt.
    Zo is het makkelijker. Je hebt jaren geoefend in wegslikken wat je voelt, zodat het zoete deel kon blijven duren. Alleen nooit bij iemand die er niet eens om vraagt.
* [Een reden verzinnen om weg te gaan, en twee dagen laten verstrijken voor je antwoordt #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_robin_close = "fled"
    Je herinnert je ineens een boodschap die niet bestaat en staat buiten met één arm in je jas. Die avond: 'Alles goed? x'. Je antwoordt op dinsdag, met een grapje.
    Halverwege naar huis herken je de passen. Je hebt ze zo vaak van de andere kant gezien. Vanbinnen zijn ze helemaal niet wreed. Alleen snakkend naar lucht.
-
-> easier

= easier
De zomer dunt uit. {p5_missing == "buried":Je lijstjes worden langer en je rondjes sneller, en|Je huilt één keer in de tram, die dag om niks, en} langzaam wordt het makkelijker. Dat is het verraderlijke aan makkelijker: je gaat erop vertrouwen.
~ p5_missing = ""
-> invitation

=== invitation ===
# scene: home
Een dinsdag in september: je telefoon zoemt op de keukentafel. # sfx: sms
Een nieuwe groep: dakterras, zaterdag de 14e. Tussen de deelnemers hetzelfde fotootje als altijd: {partner_name}, turend tegen de zon in.
En de brief. {letter_recalled()}
{letter_tone:
- "honest":
    Het was het eerlijkste wat je ooit hebt opgeschreven. Sommige nachten vraag je je af bij welke zin {hij()} is gestopt.
- "bitter":
    Een deel van je wilde dat hij sneed. Stilte bloedt niet, dus je zult het nooit weten.
- "pleading":
    Je proeft dat vragen nog, als een woord dat je niet doorgeslikt krijgt.
- else:
    Wat er ook in stond, het antwoord is al maanden: niets.
}
De woede komt langzaam omhoog, heet, van diep uit je buik. # body: stomach
Mooi. Woede heeft ruggengraat. Neem die zaterdag mee de trap op, dan houdt hij je misschien overeind.
* [In de groep antwoorden: 'Ik ben erbij!', en kleren gaan uitzoeken #step: pursue]
    ~ step_pursue(1)
    ~ p5_anger = "armour"
    Drie uitroeptekens; je haalt er twee weg; je zet er een terug. Binnen een uur ligt je bed onder de kleren, en elk kledingstuk beantwoordt dezelfde vraag: wat ziet {hij()} straks?
    Een harnas, zeg je tegen jezelf. Een harnas maakt zich meestal niet zo druk om hoe het staat.
* [Noor bellen: je gaat, je bent woedend, je bent bang, en je wilt haar dichtbij #step: ground #locked: {pull_strong()} #why: Als je het hardop zegt, is het echt, en je wilt nog steeds dat het iets anders is.]
    ~ step_ground(1)
    ~ p5_anger = "named"
    'Ik ga,' zeg je tegen Noor. 'En ik ben woest. En daaronder ben ik bang, en daaronder weet ik het niet.' Het komt er in de verkeerde volgorde uit, maar het komt eruit.
    'Dan ben ik je date,' zegt Noor. 'Knijp in mijn arm en we gaan. Geen discussie.' Knijpen is gaan.
* ['Misschien' antwoorden, de groep dempen, en van plan zijn laat te komen en vroeg te gaan #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_anger = "cold"
    Je typt 'misschien' en verder niets, een kleine gewelddaad. Je zet de groep op stil en plant het als een kraak: om tien uur binnen, als het vol is; om elf uur weer weg.
    {Hij()} zal zien dat je niet kijkt. Dat is het hele plan. Je vraagt je niet af voor wie.
-
Vrijdagnacht kun je niet slapen. De telefoon ligt op het kussen waar vroeger {zijn()} hoofd lag.
Onder je duimen schrijft zich een bericht: 'Ga jij morgen ook?' Je maag draait zich om, zoals wanneer je zonder te kijken van de stoep stapt. # body: stomach
* [Versturen. Het is maar een vraag #step: pursue]
    ~ step_pursue(2)
    ~ p5_text = "sent"
    Eén grijs vinkje, twee, twee blauwe. Heel lang 'typt…'. Om twintig voor twee: 'Ik ben er. Fijn om van je te horen.' Met een punt erachter, en daar deed {hij()} vroeger nooit aan.
    Fijn om van je te horen. Alsof je een oud-collega bent. Alsof je nooit iets geschreven hebt. Je hart, de verrader, rent rondjes.
* [Naar je maag luisteren: het bericht wissen, de telefoon in de la, terug naar bed #step: ground #locked: {pull_strong()} #why: Je duim hangt al boven verzenden, en je maag klinkt heel ver weg.]
    ~ step_ground(1)
    Je wist het letter voor letter, wat langer duurt en juist daarom goed voelt. De telefoon gaat in de keukenla, tussen de theedoeken en de batterijen waarvan niemand weet of ze nog werken.
    Je maag komt tot rust zoals een hond gaat liggen: één rondje, twee, en dan ineens met een plof. Wat je wakker maakt is de regen, niet je telefoon.
* [{Zijn()} nummer blokkeren voor het weekend. Als {hij()} het probeert, loopt {hij()} maar tegen een muur #step: withdraw]
    ~ step_withdraw(2)
    ~ p5_text = "blocked"
    Drie tikken. Dit contact blokkeren? Het geeft voldoening, zoals een deur dichtsmijten in een leeg huis.
    Daarna lig je wakker en vraag je je af of {hij()} het al geprobeerd heeft, en of {hij()} een muur zou opmerken waar {hij()} nooit in de buurt komt. De muur houdt je de hele nacht gezelschap.
-
De zaterdag komt toch.
-> finale

=== finale ===
# scene: party-later
Vier trappen op: de stad oranje onder een lage hemel, lampjes tussen de schoorstenen, een dak vol mensen die plastic bekertjes vasthouden alsof het iets belangrijks is. # sfx: crowd
{p5_anger:
- "named":
    Noors arm zit door de jouwe gehaakt. Je hebt nog niet geknepen. Nog niet.
- "armour":
    Je draagt de derde outfit. Noor vond de tweede mooier, zag toen je gezicht en noemde de derde perfect.
- "cold":
    Tien over tien, op de minuut getimed. Noor draagt allebei de flessen; jouw handen hebben het druk met kalm zijn.
- else:
    Noor staat naast je, onder elke arm een fles, en kijkt je van opzij aan.
}
Je lijf vindt {hem()} eerder dan je ogen: {zijn()} rug bij de reling aan de overkant, één hand die het haar uit {zijn()} gezicht duwt, een gebaar dat je beter kent dan je eigen handtekening. # body: heart
* [Meteen naar {hem()} toe lopen, nu de woede je nog kan dragen #step: pursue]
    ~ step_pursue(2)
    Je steekt het dak over met je kin omhoog. Dit is kracht, zeg je tegen jezelf. Halverwege ben je vergeten wat je wilde zeggen.
    {Hij()} draait zich om. Een seconde lang ligt {zijn()} gezicht helemaal open, verrast en blij, voor {hij()} het in de plooi trekt. 'Hé. Je bent gekomen.' Alsof {hij()} op je had gewacht.
* [Bij de deur blijven staan. Ademen. Je hart laten doen wat het doet #step: ground #locked: {pull_strong()} #why: Je voeten lopen al; stilstaan zou voelen als vallen.]
    ~ step_ground(1)
    Je blijft boven aan de trap staan en ademt. Je hart gaat tekeer als iets wat in een doos zit opgesloten. Je laat het. Het is maar een hart.
    Na een minuut of een jaar draait {hij()} zich om, ziet je en staat doodstil. Dan zet {hij()} {zijn()} glas neer en komt over het dak naar je toe.
* [Je rug naar {hem()} toe draaien en net iets te hard lachen om iets wat Noor zegt #step: withdraw]
    ~ step_withdraw(1)
    Je lacht om wat Noor net zei, en dat was: 'De wc is beneden.' Je houdt je profiel naar de reling en ziet eruit, zo hard als je kunt, als iemand met een heerlijk leven.
    Elf minuten. Je telt niet; je telt. Dan een aanraking bij je elleboog, licht als een vraag, en {zijn()} stem zegt je naam. Jij stond stil, dus kwam {hij()}.
-
-> approach

= approach
{Hij()} ziet er ouder uit, zachter rond de ogen{p5_news == "asked":, en magerder, zoals Noor zei}. {Hij()} ruikt precies hetzelfde; je was op alles voorbereid, behalve daarop.
{
- p5_text == "sent":
    'Bedankt voor je bericht,' zegt {ie()}. 'Ik had je bijna gebeld.' Bijna. In bijna ben je inmiddels expert.
- p5_text == "blocked":
    'Ik heb je vanochtend nog proberen te bellen,' zegt {ie()}, als een vraag. Je geeft er geen antwoord op.
}
{p5_robin > 0:
    'Zo,' zegt {ie()}. 'Robin.' De stad is klein: je bent gezien {p5_robin == 2:voor de fietsenmaker, met je hoofd op Robins schouder|voor de bioscoop, terwijl je twee fietsen van het slot haalde}. {Hij()} spreekt de naam uit als iets wat zomaar kan afgaan.
    'Sinds ik het hoorde, denk ik de hele tijd aan je. Daarvoor ook.{p4_letter_sent(): Ik heb je brief zo vaak gelezen.}'
- else:
    {p4_letter_sent():'Ik heb je brief gekregen,' zegt {ie()}. 'Ik heb hem heel vaak gelezen. Alles wat ik terugschreef was gelogen, of half gelogen, en dat had jij gemerkt.'|'Ik begon steeds aan een bericht aan jou,' zegt {ie()}. 'Elke versie was gelogen, of half gelogen, en dat had jij gemerkt.'}
}
Sinds een tijdje gaat {hij()} ergens naartoe, zegt {ie()}, en dan snel: 'Naar een therapeut, bedoel ik.' Er zijn nu woorden voor het wegrennen. Sommige klinken als de jouwe.
'Ik wil het deze keer goed doen.' {Zijn()} hand ligt op de reling, vlak bij de jouwe, dichtbij genoeg dat de lucht ertussen warm is.
Je adem gaat snel en oppervlakkig, hoog in je borst, zoals in het begin. Je lijf weet het begin nog. De rest nooit. # body: breath
* [Een kiertje openlaten, om te zien of het deze keer waar is #step: pursue]
    ~ step_pursue(2)
    ~ p5_answer = "believed"
    'Hoe dan, goed?' vraag je. Het is geen nee, en jullie horen allebei dat het geen nee is.
    {Hij()} vertelt het je: etentjes, je vrienden, een weekend aan zee. Je luistert zoals je naar een liedje luistert waar je vroeger gek op was: vanbinnen zing je al mee. {p5_anger == "armour":De woede waar je je in had gehesen, ligt ergens op de grond als een uitgetrokken jas.|De woede die je mee de trap op nam, is weg. Je kunt hem niet meer vinden.}
* [Het gewoon zeggen: 'Fijn dat je daarmee bezig bent. Het verandert mijn antwoord niet.' #step: ground #locked: {pull_strong()} #why: {Zijn()} hand ligt vlak naast de jouwe, en het deel van je dat een jaar heeft gewacht, is luider dan welk antwoord ook.]
    ~ step_ground(2)
    ~ p5_answer = "no"
    'Fijn,' zeg je, en je meent het, wat je zelf verbaast. 'Ik hoop dat het je helpt. Maar het verandert mijn antwoord niet.'
    Je stem trilt bij 'antwoord'. Je laat hem trillen. {Hij()} kijkt je aan alsof je iets zei in een taal die {hij()} vroeger sprak. 'Oké,' zegt {ie()}. 'Oké.' {Hij()} gaat, en alles in je wil {hem()} terugroepen, en je laat het dat willen.
* [De zin die je al maanden oefent op {hem()} afvuren #step: withdraw]
    ~ step_withdraw(2)
    ~ p5_answer = "cut"
    'Wat mooi,' zeg je. 'Zet het in een brief. Ik kom er zeker bij je op terug.'
    Je ziet hem aankomen: een klein trekje in {zijn()} mondhoek. Vier seconden voelt het heerlijk. Dan zegt {hij()} heel zacht 'Terecht' en loopt weg, en jij staat alleen bij de reling met je prachtige zin en je trillende handen.
-
~ p5_news = ""
~ p5_text = ""
-> comes_back

= comes_back
{p5_answer == "believed":
    De rest van de avond is {hem()}: drankjes waar je niet om vroeg, een hand onder aan je rug, alle aandacht waar je vorig jaar om bedelde, nu gratis uitgedeeld, als flyers.{p5_anger == "named": Dwars over het dak vangt Noor je blik. Je knijpt nergens in.}
    Om twee uur vindt {hij()} je bij de jassen. 'Ga met me mee naar huis. Ik wil niet dat deze avond ophoudt.'
- else:
    Je blijft. {p5_anger == "named":Twee keer knijp je bijna in Noors arm.|Je praat met mensen die je morgen alweer vergeten bent.} Waar {hij()} ook is op het dak, je voelt het, zoals een pit die nog aanstaat.
    Om twee uur pak je je jas en loop je naar de trap. {Hij()} zit op de eerste overloop, alsof het toeval is. Het is geen toeval.
    'Ik kon je niet zo laten gaan,' zegt {ie()}, en {hij()} staat op. '{p5_robin > 0:Robin of geen Robin, ik meen het.|Ik meen het.} Ga met me mee naar huis.'
}
Er draait iets in je maag, langzaam en zwaar, als een sleutel in een oud slot. Het weet wat er na ja komt. # body: stomach
{rounds > 0:In de slechte weken heb je het geteld: {rounds == 1:één keer|{rounds} keer} zei je nee, kwam {hij()} terug, en hield het nee geen stand.}{held > 0: {rounds > 0:En {held == 1:één keer|{held} keer} wel.|{held == 1:Eén keer|{held} keer} zei je nee, en het hield stand.}}
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
    'Oké,' zeg je. Zo'n klein woord. {p5_said_no():Het loopt dwars door het nee van twee uur geleden, alsof dat een kralengordijn was.|Het lag de hele avond al in je mond te wachten.}
    {Hij()} pakt je hand op de trap, en {zijn()} hand is warm, en hij past. Dat deed hij altijd al. Dat was nooit het probleem.
    {p5_robin > 0:
        In je zak zoemt je telefoon één keer. Robin, waarschijnlijk, die vraagt of je goed thuis bent. Je laat hem zitten. # sfx: buzz
    }
* [Alles voelen, het verlangen en het verdriet, en in je eentje de trap af lopen #step: ground #locked: {p5_way_out_locked()} #why: Je ziet de weg naar beneden wel, maar je voeten dansen al zo lang dezelfde passen dat ze vannacht geen andere meer vinden.]
    ~ step_ground(2)
    {p5_said_no():
        ~ boundary_held()
    }
    ~ p5_ending = "step-out"
    'Nee,' zeg je. 'Niet zo.' En dan, omdat dat ook waar is: 'Ik mis je. Ik ga toch naar huis.'
    Het doet precies zoveel pijn als je dacht. Je neemt het verlangen mee de trap af, {p5_anger == "named":met Noors voetstappen een verdieping achter je, op eerbiedige afstand.|met één hand aan de leuning, als iemand die veel ouder is.}
* [Niets voelen. Welterusten zeggen als tegen een vreemde, en elke deur achter je dichtdoen #step: withdraw]
    ~ step_withdraw(2)
    ~ p5_ending = "closed-heart"
    'Welterusten,' zeg je. Beleefd. Glad. De stem die je bewaart voor mensen van andere afdelingen.
    Je staat al op de trap voor {hij()} iets kan zeggen. Tussen de derde en de tweede verdieping schakelt er iets in je uit, netjes, als een zekering. Het doet niet eens pijn. Daaraan merk je dat het gelukt is.
-
Het licht in het trappenhuis klikt uit. # pause: 5
{p5_ending:
- "cycle": -> ending_cycle
- "role-switch": -> ending_role_switch
- "closed-heart": -> ending_closed_heart
- else: -> ending_step_out
}
