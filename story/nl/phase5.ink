// Fase 5 — Het licht gaat aan. Maanden stilte, Robin, de uitnodiging, het feest.
// Mechaniek en vlaggen: ../common/phase5.ink. De eindes staan in endings.ink.

=== months_later ===
# phase: 5
# scene: home # partner: away
~ p5_begin()
{partner_far():Maanden, en niet één keer lichtte je telefoon op met {zijn()} naam.|Maanden. Twee keer lichtte je telefoon op met {zijn()} naam: een liedje, later een foto van een meer, niets waar je op kon antwoorden.} Je lijf weet het nog niet: het wordt om zes uur wakker aan de kant van het bed die plek openlaat.
Dan komt de herinnering, en je hart mist een traptree in het donker. # body: heart
* [Op de rand van het bad gaan zitten en het pijn laten doen #step: ground #locked: {pull_strong()} #why: Als je het gemis ook maar één minuut binnenlaat, ben je bang dat het er voorgoed intrekt.]
    ~ step_ground(1)
    ~ p5_missing = "felt"
    Je gaat op de koude rand van het bad zitten en laat het komen, zoals weer komt. Het duurt negen minuten; de waterkoker die je vergeten was, kookt en slaat af. Er is niets opgelost, maar je bent een tikje minder bang voor de volgende keer.
* [Het oude gesprek openen en terugscrollen naar de goede weken #step: pursue]
    ~ step_pursue(1)
    ~ p5_missing = "fed"
    Je scrolt langs de stilte, omhoog tot in het voorjaar: een spraakbericht van een merel om vier uur 's nachts.
    Je speelt het twee keer af, op je sokken, hongerig naar iets wat je niet eens kreeg toen je het had. Je komt te laat op je werk.
* [Koude douche, hardlopen, een lijstje: dit gaat niet over jou heersen #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_missing = "buried"
    Een koude douche tot al je gedachten over de kou gaan, dan drie rondjes park. Om acht uur heb je een lijst: twaalf punten, geen ervan {zijn()} naam. Controle is een spier. Die doet ook pijn, maar deze pijn koos je zelf.
-
Woensdag zet Noor haar glas neer. 'Ik zag {partner_name} op de markt. Wil je het weten? Allebei prima.' # scene: bar # partner: away
* ['Vertel alles. Was {hij()} alleen?' #step: pursue]
    ~ step_pursue(1)
    ~ p5_news = "asked"
    Noor vertelt, omdat jij blijft vragen. {Hij()} was alleen, kocht aardbeien, zag er magerder uit, of ouder. Dat met die persoon van die avond duurde twee weken.
    Je neemt elk detail mee naar huis als een ingepakt cadeautje. Vooral de aardbeien: voor wie ze waren.
* ['Nee. Ik wil het niet weten.' En het menen #step: ground #locked: {pull_strong()} #why: De vraag ligt al op het puntje van je tong, en het is geen nee.]
    ~ step_ground(1)
    'Nee,' zeg je. 'Lief van je. Maar nee.' Je handen willen het weten. Je houdt je glas er toch mee vast.
    Noor knikt alsof je ergens voor geslaagd bent. Op weg naar huis vraag je je geen moment af hoe het op de markt was, behalve de hele weg. Dan laat je het los.
* [Lachen: 'Eerlijk? Het kan me niks schelen.' #step: withdraw]
    ~ step_withdraw(1)
    'Eerlijk?' Je lacht, luchtig en onverschillig, vind je zelf. 'Het kan me geen bal schelen.'
    Noor kijkt je een seconde te lang aan en laat het gaan. Onder tafel wiebelt je voet zo hard dat de wijn in beide glazen trilt.
-
En dan is er Robin, van de fietsenmaker op de hoek: een lekke band, een piepende rem en één keer, tot je schaamte, helemaal niks. # scene: home # partner: away
Vandaag veegt Robin beide handen af aan een lap die ze alleen zwarter maakt: 'Aan het water zit een tentje met goeie vis. Zullen we?'
Iets in je borst komt even omhoog, en kijkt dan waar de uitgang is. # body: heart
* [Ja zeggen, zonder drie zetten vooruit te denken #step: ground #locked: {pull_strong()} #why: Elke avond die je vrijhoudt, houd je ergens diep vanbinnen nog steeds vrij voor {hem()}.]
    ~ step_ground(1)
    ~ p5_robin = 2
    'Ja,' zeg je, en omdat het zo makkelijk ging: 'Graag.'
    Het visrestaurant heeft papieren tafelkleden en een ober die iedereen even hartgrondig haat. Robin schiet vol over een opgeknapte tandem voor een stel van in de negentig. Je wacht de hele avond op het valluik. Het gaat niet open. # scene: cafe # partner: away
* [Ja zeggen, zolang het luchtig blijft #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_robin = 1
    'Goed,' zeg je. 'Maar laten we het luchtig houden.'
    Robin haalt de schouders op. 'Vis is vis.' Zo wordt het iets zonder naam: donderdagen, een film. Begint Robin over een weekendje weg, dan begin jij over je werk.
* [Zeggen dat het druk is. Er wordt in jou nog een stoel vrijgehouden #step: pursue]
    ~ step_pursue(1)
    ~ p5_robin = 0
    'Wat lief,' zeg je. 'Het is alleen even heel druk.'
    Robin knikt, zonder wrok. 'Het aanbod blijft staan.' Je kookt voor één en eet waar je je telefoon kunt zien. Voor het geval dat. Voor niks.
-
{p5_robin > 0:
    -> robin_close
}
-> easier

= robin_close
# scene: home # partner: away
{p5_robin == 2:
    De weken lopen vol met Robin: een tandenborstel in je badkamerkastje, een fietsbel twee keer onder je raam, zondagen.
- else:
    De donderdagen blijven komen. Jij houdt ze luchtig, en Robin vraagt nooit wat jullie zijn.
}
{p5_robin == 2:
    Dan staat Robin op een zondag in je keuken koffie te zetten, T-shirt binnenstebuiten, en zegt tegen de koffie: 'Ik vind je leuk. Heel erg. Ik ga nergens heen.'
- else:
    Dan zegt Robin op een donderdag, bij de fietsen voor de bioscoop, tegen het slot: 'Ik vind je leuk. Heel erg. Ik ga nergens heen.'
}
{partner_close():Het is de zin die {partner_name} zo makkelijk zei, en op een gewone dinsdag nooit meende|Het is de zin waar je een jaar op wachtte, van {partner_name}}, en je keel sluit zich eromheen als een vuist. # body: throat
* [Robin de waarheid vertellen: dit maakt je bang, en je wilt toch blijven #step: ground #locked: {walls_up()} #why: De muren staan al overeind voor je bij de woorden kunt, en de woorden liggen erachter.]
    ~ step_ground(1)
    ~ p5_robin_close = "honest"
    Je dwingt jezelf het te zeggen: dat het je bang maakt, dat je lijf de nooduitgangen zoekt als iemand blijft, dat je toch wilt blijven.
    Robin redt je nergens uit. 'Oké. Dan doen we het langzaam.' Robin {p5_robin == 2:geeft je de koffie aan, nog warm|geeft je je fietsslot aan, en jullie vingers raken elkaar}, en er is weer lucht.
* [Zeggen: 'Ik jou ook', Robin kussen, en niets voelen bewegen #step: pursue]
    ~ step_pursue(1)
    ~ p5_robin_close = "smoothed"
    Je kust Robin zodat je nergens naar hoeft te kijken. Ergens in je valt een deurtje in het slot, zacht, zoals achter iemand die slaapt.
    Zo is het makkelijker. Je hebt jaren geoefend in wegslikken wat je voelt, zodat het zoete deel bleef. Alleen nooit bij iemand die er niet om vroeg.
* [Een reden verzinnen om weg te gaan, en twee dagen laten verstrijken #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_robin_close = "fled"
    Je herinnert je ineens een boodschap die niet bestaat en staat buiten, één arm in je jas. Die avond: 'Alles goed? x'. Je antwoordt op dinsdag, met een grapje.
    Halverwege naar huis herken je de passen; je hebt ze zo vaak van de andere kant gezien. Vanbinnen zijn ze helemaal niet wreed. Alleen snakkend naar lucht.
-
-> easier

= easier
De zomer dunt uit. {you_chased():Sommige avonden open je het oude gesprek nog, minder vaak, en|{p5_missing == "buried":Je lijstjes worden langer, en|Je huilt één keer in de tram, en}} het wordt makkelijker. Dat is het verraderlijke: je gaat erop vertrouwen.
~ p5_missing = ""
-> invitation

=== invitation ===
# scene: home # partner: away
Een dinsdag in september zoemt je telefoon op de keukentafel. # sfx: sms
{
- pattern_so_far() == "withdraw" || partner_close():
    Geen groep: {hij()}. 'Het dakfeest, zaterdag de 14e. Kom je? Ik zou het fijn vinden. Heel fijn.' Nooit eerder vroeg {hij()} jou als eerste ergens voor.
- pattern_so_far() == "pursue":
    Niet eens een groep: een schermafbeelding van Noor. 'Dak, zaterdag de 14e. {Hij()} komt ook. Wilde niet dat je het daar pas hoorde.' {Hij()} heeft niet naar je gevraagd. Je kijkt twee keer of {ie()} het toch deed.
- else:
    Een nieuwe groep: dakterras, zaterdag de 14e. Tussen de deelnemers het bekende fotootje: {partner_name}, turend tegen de zon in.
}
En de brief. {letter_recalled()}
{letter_tone:
- "honest":
    Het eerlijkste wat je ooit hebt opgeschreven. Sommige nachten vraag je je af bij welke zin {hij()} is gestopt.
- "bitter":
    Een deel van je wilde dat hij sneed. Stilte bloedt niet, dus je zult het nooit weten.
- "pleading":
    Je proeft dat vragen nog, als een woord dat je niet doorgeslikt krijgt.
- else:
    Wat er ook in stond, het antwoord is al maanden: niets.
}
De woede komt langzaam omhoog, heet, uit je buik. # body: stomach
Mooi. Woede heeft ruggengraat. Misschien houdt die je zaterdag overeind.
* [Antwoorden: 'Ik ben erbij!', en kleren uitzoeken #step: pursue]
    ~ step_pursue(1)
    ~ p5_anger = "armour"
    Binnen een uur ligt je bed vol kleren, en elk stuk beantwoordt dezelfde vraag: wat ziet {hij()} straks? Een harnas, zeg je tegen jezelf. Een harnas maakt zich meestal niet zo druk om hoe het staat.
* [Noor bellen: je gaat, je bent woedend, je bent bang #step: ground #locked: {pull_strong()} #why: Als je het hardop zegt, is het echt, en je wilt nog steeds dat het iets anders is.]
    ~ step_ground(1)
    ~ p5_anger = "named"
    'Ik ga,' zeg je tegen Noor. 'En ik ben woest. En daaronder bang, en daaronder weet ik het niet.' Het komt er in de verkeerde volgorde uit, maar het komt eruit.
    'Dan ben ik je date,' zegt Noor. 'Knijp in mijn arm en we gaan. Geen discussie.'
* ['Misschien' antwoorden, de groep dempen, en laat komen #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_anger = "cold"
    Je typt 'misschien', een kleine gewelddaad, en plant het als een kraak: om tien uur binnen, om elf uur weer weg. {Hij()} zal zien dat je niet kijkt.
-
Vrijdagnacht slaap je niet. De telefoon ligt op het kussen waar {zijn()} hoofd lag.
Onder je duimen schrijft zich een bericht: 'Ga jij morgen ook?' Je maag draait zich om, als bij een stap van de stoep zonder kijken. # body: stomach
* [Versturen. Het is maar een vraag #step: pursue]
    ~ step_pursue(2)
    ~ p5_text = "sent"
    Lang 'typt…'. Om twintig voor twee: 'Ik ben er. Fijn om van je te horen.' Met een punt, alsof je een oud-collega bent. Je hart, de verrader, rent rondjes.
* [Naar je maag luisteren: het bericht wissen, en terug naar bed #step: ground #locked: {pull_strong()} #why: Je duim hangt al boven verzenden, en je maag klinkt heel ver weg.]
    ~ step_ground(1)
    Je wist het letter voor letter, wat langer duurt en juist daarom goed voelt. De telefoon gaat in de keukenla. Je maag gaat liggen zoals een hond: één rondje, twee, en dan ineens. Wat je wekt is de regen.
* [{Zijn()} nummer blokkeren voor het weekend #step: withdraw]
    ~ step_withdraw(2)
    ~ p5_text = "blocked"
    Drie tikken. Dit contact blokkeren? Het geeft voldoening, zoals een deur dichtsmijten in een leeg huis.
    Daarna lig je wakker: heeft {hij()} het al geprobeerd, en zou {hij()} een muur opmerken waar {hij()} nooit in de buurt komt?
-
De zaterdag komt toch.
-> finale

=== finale ===
# scene: party-later
Vier trappen op: de stad oranje onder een lage hemel, een dak vol mensen met plastic bekertjes. # sfx: crowd
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
Je lijf vindt {hem()} eerder dan je ogen: {partner_far():{zijn()} rug bij de reling, lachend met iemand die je niet kent, één hand die het haar uit {zijn()} gezicht duwt|{hij()} staat bij de reling en kijkt al naar de deur}. # body: heart
* [Meteen naar {hem()} toe, nu de woede je nog draagt #step: pursue]
    ~ step_pursue(2)
    Je steekt het dak over met je kin omhoog en vergeet halverwege wat je wilde zeggen. {Hij()} draait zich om. Een seconde ligt {zijn()} gezicht open, verrast en blij. 'Hé. Je bent gekomen.'
* [Bij de deur blijven staan. Ademen. Je hart laten doen wat het doet #step: ground #locked: {pull_strong()} #why: Je voeten lopen al; stilstaan zou voelen als vallen.]
    ~ step_ground(1)
    Je blijft boven aan de trap staan en ademt, je hart als iets wat in een doos zit. Na een minuut of een jaar draait {hij()} zich om, ziet je en staat stil. Dan komt {hij()} naar je toe.
* [Je omdraaien en net iets te hard om Noor lachen #step: withdraw]
    ~ step_withdraw(1)
    Je ziet eruit, zo hard als je kunt, als iemand met een heerlijk leven. Elf minuten. Dan een aanraking bij je elleboog, licht als een vraag, en {zijn()} stem zegt je naam. Jij stond stil, dus kwam {hij()}.
-
-> approach

= approach
{Hij()} ziet er ouder uit, zachter rond de ogen{p5_news == "asked":, en magerder, zoals Noor zei}. {you_chased():Als je bij {hem()} bent, leunt {ie()} een centimeter achteruit, de oude reflex, en lacht het weg.|{Hij()} komt dichterbij dan je verwacht. {Hij()} ruikt precies hetzelfde; daar was je niet op voorbereid.}
{
- p5_text == "sent":
    'Bedankt voor je bericht,' zegt {ie()}. 'Ik had je bijna gebeld.' Bijna. In bijna ben je inmiddels expert.
- p5_text == "blocked":
    'Ik heb je vanochtend nog proberen te bellen,' zegt {ie()}, als een vraag. Je geeft er geen antwoord op.
}
{p5_robin > 0:
    'Zo,' zegt {ie()}. 'Robin.' De stad is klein: je bent gezien {p5_robin == 2:voor de fietsenmaker, met je hoofd op Robins schouder|voor de bioscoop, terwijl je twee fietsen van het slot haalde}.
    'Sinds ik het hoorde, denk ik de hele tijd aan je. Daarvoor ook.{p4_letter_sent(): Ik heb je brief zo vaak gelezen.}'
- else:
    {p4_letter_sent():'Ik heb je brief gekregen,' zegt {ie()}. 'Ik heb hem heel vaak gelezen. Alles wat ik terugschreef was gelogen, of half gelogen, en dat had jij gemerkt.'|'Ik begon steeds aan een bericht aan jou,' zegt {ie()}. 'Elke versie was gelogen, of half gelogen, en dat had jij gemerkt.'}
}
Sinds een tijdje gaat {hij()} naar iemand toe, zegt {ie()}, en dan snel: 'Een therapeut, bedoel ik.' Er zijn nu woorden voor het wegrennen.
'Ik wil het deze keer goed doen.' {Zijn()} hand ligt op de reling, zo dicht bij de jouwe dat de lucht ertussen warm is.
Je adem gaat snel en oppervlakkig, zoals in het begin. Je lijf weet het begin nog. De rest nooit. # body: breath
* [Een kiertje openlaten: misschien is het deze keer waar #step: pursue]
    ~ step_pursue(2)
    ~ p5_answer = "believed"
    'Hoe dan, goed?' vraag je. Het is geen nee, en jullie horen allebei dat het geen nee is.
    {Hij()} vertelt het: etentjes, je vrienden, een weekend aan zee. Je luistert zoals naar een liedje waar je vroeger gek op was. {p5_anger == "armour":De woede waar je je in had gehesen, ligt ergens op de grond als een uitgetrokken jas.|De woede die je mee de trap op nam, is weg. Je kunt hem niet meer vinden.}
* [Het gewoon zeggen: 'Fijn. Het verandert mijn antwoord niet.' #step: ground #locked: {pull_strong()} #why: {Zijn()} hand ligt vlak naast de jouwe, en het deel van je dat een jaar heeft gewacht, is luider dan welk antwoord ook.]
    ~ step_ground(2)
    ~ p5_answer = "no"
    'Fijn,' zeg je, en je meent het, wat je verbaast. 'Ik hoop dat het helpt. Maar het verandert mijn antwoord niet.'
    Je stem trilt bij 'antwoord'. Je laat hem trillen. 'Oké,' zegt {ie()}. 'Oké.' {Hij()} gaat, en alles in je wil {hem()} terugroepen, en je laat het dat willen.
* [De zin die je al maanden oefent op {hem()} afvuren #step: withdraw]
    ~ step_withdraw(2)
    ~ p5_answer = "cut"
    'Wat mooi,' zeg je. 'Zet het in een brief. Ik kom er zeker bij je op terug.'
    Een trekje in {zijn()} mondhoek. Vier seconden voelt het heerlijk. Dan zegt {hij()} heel zacht 'Terecht' en loopt weg, en jij staat daar met je prachtige zin en je trillende handen.
-
~ p5_news = ""
~ p5_text = ""
-> comes_back

= comes_back
{p5_answer == "believed":
    De rest van de avond is {hem()}: drankjes waar je niet om vroeg, een hand op je rug, alle aandacht waar je vorig jaar om bedelde, uitgedeeld als flyers.{p5_anger == "named": Dwars over het dak vangt Noor je blik. Je knijpt nergens in.}
    Om twee uur vindt {hij()} je bij de jassen{partner_close():, met die van jou al in {zijn()} hand|}. 'Ga met me mee naar huis. Ik wil niet dat deze avond ophoudt.'
- else:
    Je blijft. {p5_anger == "named":Twee keer knijp je bijna in Noors arm.|Je praat met mensen die je morgen vergeten bent.} Waar {hij()} ook staat, je voelt het, als een pit die nog aanstaat.
    Om twee uur pak je je jas. {Hij()} zit op de eerste overloop, alsof het toeval is. Het is geen toeval.
    'Ik kon je niet zo laten gaan,' zegt {ie()}, opstaand. '{p5_robin > 0:Robin of geen Robin, ik meen het.|Ik meen het.} Ga met me mee naar huis.'
}
Je maag draait zich om, langzaam en zwaar. Die weet wat er na ja komt. # body: stomach
{held > 0:Je weet dat een nee kan standhouden: {p5_held_image()}, deed het dat.}{rounds > 0: Je weet nog {p5_gave_image()}.}
* [Met {hem()} meegaan #step: pursue]
    ~ p5_settle("go")
    ~ step_pursue(2)
    {p5_said_no():
        ~ boundary_given_up()
    }
    'Oké,' zeg je. {p5_said_no():Het loopt dwars door het nee van twee uur geleden, alsof dat een kralengordijn was.|Het lag de hele avond al in je mond te wachten.}
    {Hij()} pakt je hand op de trap, en die is warm, en past. Dat deed hij altijd. Dat was nooit het probleem.
    {p5_robin > 0:
        In je zak zoemt je telefoon één keer. Robin, waarschijnlijk, die vraagt of je goed thuis bent. Je laat hem zitten. # sfx: buzz
    }
* [Het verlangen en het verdriet voelen, en in je eentje de trap af lopen #step: ground #locked: {p5_way_out_locked()} #why: Je ziet de weg naar beneden wel, maar je voeten dansen al zo lang dezelfde passen dat ze vannacht geen andere meer vinden.]
    ~ p5_settle("walk")
    ~ step_ground(2)
    {p5_said_no():
        ~ boundary_held()
    }
    'Nee,' zeg je. 'Niet zo.' En dan, omdat dat ook waar is: 'Ik mis je. Ik ga toch naar huis.'
    Het doet precies zoveel pijn als je dacht. Je neemt het verlangen mee de trap af, {p5_anger == "named":met Noors voetstappen een verdieping achter je.|één hand aan de leuning, als iemand die veel ouder is.}
* [Niets voelen. Welterusten zeggen als tegen een vreemde #step: withdraw]
    ~ p5_settle("cold")
    ~ step_withdraw(2)
    'Welterusten,' zeg je. Beleefd. Glad. Je stem voor mensen van andere afdelingen.
    Je staat al op de trap voor {hij()} iets kan zeggen. Tussen de derde en de tweede verdieping springt er iets in je uit, netjes, als een zekering. Het doet niet eens pijn.
-
Het licht in het trappenhuis klikt uit. # pause: 5
{p5_ending:
- "cycle": -> ending_cycle
- "role-switch": -> ending_role_switch
- "closed-heart": -> ending_closed_heart
- else: -> ending_step_out
}
