// Fase 5 — Het licht gaat aan. Maanden stilte, Robin, de uitnodiging, het feest.
// Mechaniek en vlaggen: ../common/phase5.ink. De eindes staan in endings.ink.

=== months_later ===
# phase: 5
# scene: home # partner: away
~ p5_begin()
{partner_far():Maanden, en niet één keer stond {zijn()} naam op je scherm.|Maanden. Twee keer stond {zijn()} naam op je scherm: een liedje, later een foto van een meer. Niets waar je iets op terug kon zeggen.} Je lijf weet van niets. Om zes uur word je wakker op je eigen helft van het bed, en de andere helft is koud.
Dan weet je het weer, en je hart slaat een slag over. # body: heart
* [Ga op de rand van het bad zitten en laat het pijn doen #step: ground #locked: {pull_strong()} #why: Als je het gemis ook maar één minuut binnenlaat, ben je bang dat het nooit meer weggaat.]
    ~ step_ground(1)
    ~ p5_missing = "felt"
    Je gaat op de koude rand van het bad zitten en laat het komen. Het duurt negen minuten. In de keuken kookt het water dat je was vergeten, en de ketel slaat af. Er is niets opgelost, maar voor de volgende keer ben je iets minder bang.
* [Open het oude gesprek en scrol terug naar de goede weken #step: pursue]
    ~ step_pursue(1)
    ~ p5_missing = "fed"
    Je scrolt langs de stilte omhoog, tot in het voorjaar: een spraakbericht, een merel om vier uur ’s nachts.
    Je speelt het twee keer af, op je sokken in de gang. Je hebt honger naar iets wat je ook niet kreeg toen je het had. Je komt te laat op je werk.
* [Douche koud, ga hardlopen, maak een lijstje: dit krijgt je niet klein #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_missing = "buried"
    Je douchet koud tot je aan niets anders meer denkt dan aan de kou, en je rent drie rondjes door het park. Om acht uur heb je een lijst van twaalf punten. {Zijn()} naam staat er niet op. Ook dit doet pijn, maar deze pijn heb je zelf gekozen.
-
Op woensdag zet Noor haar glas neer. ‘Ik zag {partner_name} op de markt. Wil je het horen? Ja of nee, allebei goed.’ # scene: bar # partner: away
* [‘Vertel. Was {ze()} alleen?’ #step: pursue]
    ~ step_pursue(1)
    ~ p5_news = "asked"
    Noor vertelt, omdat je blijft doorvragen. {partner_name} was alleen, kocht aardbeien en zag er magerder uit, of ouder. Dat met die persoon van die avond heeft twee weken geduurd.
    Thuis loop je elk detail nog eens na. Vooral de aardbeien. Voor wie waren die?
* [‘Nee, ik wil het niet weten.’ En meen het #step: ground #locked: {pull_strong()} #why: De vraag ligt al op het puntje van je tong, en het is geen nee.]
    ~ step_ground(1)
    ‘Nee,’ zeg je. ‘Lief van je, maar nee.’ Je handen willen het weten. Je houdt er je glas mee vast.
    Noor knikt en begint over haar zus. Op weg naar huis denk je niet aan de markt. Nou ja, de hele weg. Bij je voordeur laat je het los.
* [Lach: ‘Eerlijk? Het kan me niks schelen.’ #step: withdraw]
    ~ step_withdraw(1)
    ‘Eerlijk?’ Je lacht, luchtig, onverschillig, denk je. ‘Het kan me geen bal schelen.’
    Noor kijkt je een tel te lang aan en laat het rusten. Onder de tafel wiebelt je voet zo hard dat de wijn in beide glazen trilt.
-
En dan is er Robin, van de fietsenmaker op de hoek. Je kwam er voor een lekke band, een rem die piepte en één keer, tot je eigen schaamte, voor helemaal niets. # scene: home # partner: away
Vandaag veegt Robin de handen af aan een lap die alles alleen maar zwarter maakt. ‘Aan het water zit een tentje met goeie vis. Zin om mee te gaan?’
Iets in je borst springt op. Meteen daarna zoek je de uitgang. # body: heart
* [Zeg ja, zonder drie zetten vooruit te denken #step: ground #locked: {pull_strong()} #why: Elke avond die je vrijhoudt, houd je ergens diep vanbinnen nog steeds vrij voor {hem()}.]
    ~ step_ground(1)
    ~ p5_robin = 2
    ‘Ja,’ zeg je, en omdat het zo makkelijk ging, nog een keer: ‘Graag.’
    Het visrestaurant heeft papieren tafelkleden en een ober die iedereen even hartgrondig haat. Robin schiet vol bij het verhaal van een tandem, opgeknapt voor een stel van in de negentig. De hele avond wacht je tot er iets misgaat. Er gaat niets mis. # scene: cafe # partner: away
* [Zeg ja, zolang het luchtig blijft #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_robin = 1
    ‘Goed,’ zeg je. ‘Maar we houden het luchtig.’
    Robin haalt de schouders op. ‘Vis is vis.’ Zo wordt het iets zonder naam: donderdagen, een film. Begint Robin over een weekend weg, dan begin jij over je werk.
* [Zeg dat het even te druk is. In jou staat nog een stoel klaar voor iemand #step: pursue]
    ~ step_pursue(1)
    ~ p5_robin = 0
    ‘Wat lief,’ zeg je. ‘Maar het is nu even heel druk.’
    Robin knikt, zonder wrok. ‘Het aanbod blijft staan.’ Je kookt voor één en eet met je telefoon naast je bord. Voor het geval dat. Voor niks.
-
{p5_robin > 0:
    -> robin_close
}
-> easier

= robin_close
# scene: home # partner: away
{p5_robin == 2:
    De weken lopen vol met Robin: een tandenborstel in je badkamerkastje, twee keer de fietsbel onder je raam, de zondagen.
- else:
    De donderdagen blijven komen. Jij houdt ze luchtig, en Robin vraagt nooit wat jullie nou eigenlijk zijn.
}
{p5_robin == 2:
    Dan staat Robin op een zondag in je keuken koffie te zetten, T-shirt binnenstebuiten, en zegt tegen het koffiezetapparaat: ‘Ik vind je leuk. Echt heel leuk. Ik ga nergens heen.’
- else:
    Dan zegt Robin op een donderdag bij de fietsenstalling van de bioscoop, met het hoofd bij het slot: ‘Ik vind je leuk. Echt heel leuk. Ik ga nergens heen.’
}
{partner_close():Die zin zei {partner_name} zo makkelijk, en op een gewone dinsdag meende {ie()} hem nooit|Op die zin heb je een jaar gewacht, van {partner_name}}. Je keel knijpt dicht. # body: throat
* [Vertel Robin de waarheid: dit maakt je bang, en je wilt toch blijven #step: ground #locked: {walls_up()} #why: De muren staan al overeind voordat je bij de woorden kunt, en de woorden liggen erachter.]
    ~ step_ground(1)
    ~ p5_robin_close = "honest"
    Je dwingt jezelf het te zeggen: dat het je bang maakt, dat je lijf de nooduitgangen zoekt zodra iemand blijft, en dat je toch wilt blijven.
    Robin laat je uitpraten. ‘Oké. Dan doen we het langzaam.’ Robin {p5_robin == 2:geeft je de koffie aan, nog warm|geeft je je fietssleutel aan, en jullie vingers raken elkaar}, en je kunt weer ademen.
* [Zeg ‘Ik jou ook’, kus Robin, en voel niets bewegen #step: pursue]
    ~ step_pursue(1)
    ~ p5_robin_close = "smoothed"
    ‘Ik jou ook,’ zeg je, en je kust Robin, zodat je nergens naar hoeft te kijken. Ergens in je valt zachtjes een deur in het slot.
    Zo gaat het makkelijker. Je hebt jaren geoefend in wegslikken wat je voelt, zodat het zoete bleef. Alleen nooit bij iemand die daar niet om vroeg.
* [Verzin een reden om weg te gaan, en laat twee dagen niets van je horen #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_robin_close = "fled"
    Ineens moet je nog een boodschap doen die niet bestaat, en je staat buiten met één arm in je jas. Die avond: ‘Alles goed? x’. Je antwoordt op dinsdag, met een grapje.
    Halverwege naar huis herken je de passen. Je hebt ze zo vaak van de andere kant gezien. Van binnenuit voelen ze helemaal niet wreed. Je krijgt alleen geen lucht.
-
-> easier

= easier
De zomer loopt ten einde. {you_chased():Soms open je ’s avonds het oude gesprek nog, minder vaak dan eerst, en|{p5_missing == "buried":Je lijstjes worden langer, en|Eén keer huil je in de tram, en}} het wordt makkelijker. Daar ga je op vertrouwen, en dat is het verraderlijke.
~ p5_missing = ""
-> invitation

=== invitation ===
# scene: home # partner: away
Op een dinsdag in september zoemt je telefoon op de keukentafel. # sfx: sms
{
- pattern_so_far() == "withdraw" || partner_close():
    Geen groepsapp: {hij()} zelf. ‘Dakfeest, zaterdag de 14e. Kom je? Ik zou het fijn vinden. Echt.’ Nooit eerder heeft {ze()} jou als eerste ergens voor gevraagd.
- pattern_so_far() == "pursue":
    Niet eens een groep: een schermafbeelding van Noor. ‘Dak, zaterdag de 14e. {Ze()} komt ook. Wilde niet dat je het daar pas hoorde.’ Naar jou heeft {ze()} niet gevraagd. Je kijkt het twee keer na.
- else:
    Een nieuwe groep: dakterras, zaterdag de 14e. Tussen de leden het bekende fotootje van {partner_name}, met de ogen half dichtgeknepen tegen de zon.
}
En dan de brief. {letter_recalled()}
{letter_tone:
- "honest":
    Het eerlijkste wat je ooit hebt opgeschreven. Sommige nachten vraag je je af bij welke zin {ze()} is opgehouden met lezen.
- "bitter":
    Een deel van je wilde dat de brief pijn zou doen. Aan stilte kun je niet zien of dat gelukt is.
- "pleading":
    Dat smeken zit nog achter in je keel.
- else:
    Wat er ook in stond, het antwoord is al maanden: niets.
}
De woede komt langzaam omhoog, heet, uit je buik. # body: stomach
Mooi. Met woede sta je steviger. Misschien houdt die je zaterdag overeind.
* [Antwoord ‘Ik ben erbij!’ en zoek kleren uit #step: pursue]
    ~ step_pursue(1)
    ~ p5_anger = "armour"
    Binnen een uur ligt je bed vol kleren, en bij elk stuk stel je dezelfde vraag: wat ziet {ze()} straks? Een harnas, zeg je tegen jezelf. Alleen maakt een harnas zich meestal niet zo druk over hoe het staat.
* [Bel Noor: je gaat, je bent woedend, je bent bang #step: ground #locked: {pull_strong()} #why: Als je het hardop zegt, is het echt, en je wilt nog steeds dat het iets anders is.]
    ~ step_ground(1)
    ~ p5_anger = "named"
    ‘Ik ga,’ zeg je tegen Noor. ‘En ik ben woest. Daaronder ben ik bang, en daaronder weet ik het niet.’ Het komt er in de verkeerde volgorde uit, maar het komt eruit.
    ‘Dan ga ik met je mee,’ zegt Noor. ‘Knijp in mijn arm en we gaan. Geen discussie.’
* [Antwoord ‘misschien’, demp de groep en laat het komen #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_anger = "cold"
    Je typt ‘misschien’, een kleine gemeenheid, en je plant de avond tot op de minuut: om tien uur binnen, om elf uur weer weg. {Ze()} zal zien dat je niet kijkt.
-
Vrijdagnacht slaap je niet. De telefoon ligt op het kussen waar {zijn()} hoofd vroeger lag.
Onder je duimen schrijft zich een bericht: ‘Ga jij morgen ook?’ Je maag protesteert. # body: stomach
* [Verstuur het. Het is maar een vraag #step: pursue]
    ~ step_pursue(2)
    ~ p5_text = "sent"
    Lang staat er ‘typt…’. Om twintig voor twee: ‘Ik ben er. Fijn om van je te horen.’ Met een punt erachter. Je hart bonkt evengoed.
* [Luister naar je maag: wis het bericht en ga terug naar bed #step: ground #locked: {pull_strong()} #why: Je duim hangt al boven verzenden, en je maag klinkt heel ver weg.]
    ~ step_ground(1)
    Je wist het letter voor letter. Dat duurt langer, en daar gaat het juist om. De telefoon gaat in de keukenla. Je ligt een tijd naar het plafond te kijken, en dan val je in slaap. Je wordt wakker van de regen.
* [Blokkeer {zijn()} nummer voor het weekend #step: withdraw]
    ~ step_withdraw(2)
    ~ p5_text = "blocked"
    Drie tikken. Dit contact blokkeren? Ja. Het geeft een korte, felle voldoening.
    Daarna lig je wakker. Heeft {ze()} het al geprobeerd? En zou {ze()} een muur opmerken waar {ze()} nooit in de buurt kwam?
-
De zaterdag komt toch.
-> finale

=== finale ===
# scene: party-later
Vier trappen op: de stad oranje onder een lage lucht, een dak vol mensen met plastic bekertjes. # sfx: crowd
{p5_anger:
- "named":
    Noor heeft haar arm door de jouwe gestoken. Je hebt nog niet geknepen. Nog niet.
- "armour":
    Je draagt de derde outfit. Noor vond de tweede mooier, zag toen je gezicht en noemde de derde perfect.
- "cold":
    Tien over tien, op de minuut. Noor draagt allebei de flessen; jij hebt je handen nodig om kalm te blijven.
- else:
    Noor staat naast je, onder elke arm een fles, en kijkt je van opzij aan.
}
Je lijf vindt {hem()} eerder dan je ogen: {partner_far():{zijn()} rug bij de reling, het hoofd achterover van het lachen, naast iemand die je niet kent|{ze()} staat bij de reling en kijkt al naar de deur}. # body: heart
* [Ga meteen naar {hem()} toe, nu de woede je nog draagt #step: pursue]
    ~ step_pursue(2)
    Je steekt het dak over met je kin omhoog en weet halverwege niet meer wat je wilde zeggen. {Ze()} draait zich om. Heel even ligt {zijn()} gezicht open, verrast en blij. ‘Hé. Je bent gekomen.’
* [Blijf bij de deur staan. Adem. Laat je hart doen wat het doet #step: ground #locked: {pull_strong()} #why: Je voeten lopen al; stilstaan zou voelen als vallen.]
    ~ step_ground(1)
    Je blijft boven aan de trap staan en ademt. Je hart bonst, en je laat het bonzen. Na een minuut, of een jaar, draait {ze()} zich om, ziet je en staat stil. Dan komt {ze()} naar je toe.
* [Draai je om en lach net iets te hard om Noor #step: withdraw]
    ~ step_withdraw(1)
    Je doet je uiterste best om eruit te zien als iemand met een heerlijk leven. Elf minuten. Dan raakt iemand licht je elleboog aan, en {zijn()} stem zegt je naam. Jij bleef staan, dus kwam {ze()}.
-
-> approach

= approach
{Ze()} ziet er ouder uit, zachter rond de ogen{p5_news == "asked":, en magerder, zoals Noor zei}. {you_chased():Als je bij {hem()} bent, leunt {ie()} een centimeter achteruit, de oude reflex, en lacht het weg.|{Ze()} komt dichterbij dan je had verwacht. {Ze()} ruikt nog precies hetzelfde; daar had je je niet op voorbereid.}
{
- p5_text == "sent":
    ‘Bedankt voor je berichtje,’ zegt {ie()}. ‘Ik had je bijna gebeld.’ Bijna. Daar weet je alles van.
- p5_text == "blocked":
    ‘Ik heb je vanochtend nog proberen te bellen,’ zegt {ie()}. Het is half een vraag. Je geeft er geen antwoord op.
}
{p5_robin > 0:
    ‘Zo,’ zegt {ie()}. ‘Robin.’ De stad is klein: iemand heeft je gezien {p5_robin == 2:voor de fietsenmaker, met je hoofd op Robins schouder|bij de bioscoop, terwijl je twee fietsen van het slot haalde}.
    ‘Sinds ik het hoorde, denk ik de hele tijd aan je. Daarvoor ook al.{p4_letter_sent(): Ik heb je brief zo vaak gelezen.}’
- else:
    {p4_letter_sent():‘Ik heb je brief gekregen,’ zegt {ie()}. ‘Ik heb hem heel vaak gelezen. Alles wat ik terugschreef, was gelogen, of half gelogen, en dat had je gemerkt.’|‘Ik ben zo vaak aan een bericht voor jou begonnen,’ zegt {ie()}. ‘Elke versie was gelogen, of half gelogen, en dat had je gemerkt.’}
}
Er is sinds een tijdje iemand, zegt {ie()}, en dan snel: ‘Een therapeut, bedoel ik.’ {Ze()} heeft nu woorden voor het wegrennen.
‘Ik wil het deze keer goed doen.’ {Zijn()} hand ligt op de reling, zo dicht bij de jouwe dat de lucht ertussen warm is.
Je ademt snel en hoog, net als in het begin. Je lijf onthoudt het begin. De rest vergeet het. # body: breath
* [Laat een kiertje open: misschien is het deze keer waar #step: pursue]
    ~ step_pursue(2)
    ~ p5_answer = "believed"
    ‘Hoe dan, goed?’ vraag je. Het is geen nee, en jullie horen het allebei.
    {Ze()} vertelt het: etentjes, je vrienden, een weekend aan zee. Je luistert. Het is een liedje dat je vroeger grijsdraaide. {p5_anger == "armour":De woede die je had aangetrokken, ligt ergens op de grond. Je hebt niet gemerkt dat je hem uittrok.|De woede die je mee de trap op nam, is weg. Je kunt hem niet meer vinden.}
* [Zeg het gewoon: ‘Fijn. Het verandert mijn antwoord niet.’ #step: ground #locked: {pull_strong()} #why: {Zijn()} hand ligt vlak naast de jouwe, en het deel van je dat een jaar heeft gewacht, is luider dan welk antwoord ook.]
    ~ step_ground(2)
    ~ p5_answer = "no"
    ‘Fijn,’ zeg je, en tot je eigen verbazing meen je het. ‘Ik hoop dat het helpt. Maar het verandert niets aan mijn antwoord.’
    Je stem trilt bij ‘antwoord’. Je laat hem trillen. ‘Oké,’ zegt {ie()}. ‘Oké.’ {Ze()} loopt weg, en alles in je wil {hem()} terugroepen, en je laat het dat willen.
* [Vuur de zin af die je al maanden oefent #step: withdraw]
    ~ step_withdraw(2)
    ~ p5_answer = "cut"
    ‘Wat mooi,’ zeg je. ‘Zet het in een brief. Ik kom er zeker op terug.’
    Een trekje om {zijn()} mond. Vier seconden voelt het heerlijk. Dan zegt {ze()} heel zacht ‘Terecht’ en loopt weg, en jij staat daar met je prachtige zin en je trillende handen.
-
~ p5_news = ""
~ p5_text = ""
-> comes_back

= comes_back
{p5_answer == "believed":
    De rest van de avond is van {hem()}: drankjes waar je niet om vroeg, een hand onder aan je rug, alle aandacht waar je vorig jaar om bedelde, nu voor niets.{p5_anger == "named": Aan de overkant van het dak vangt Noor je blik. Je knijpt nergens in.}
    Om twee uur vindt {ze()} je bij de jassen{partner_close():, die van jou al in {zijn()} hand|}. ‘Ga met me mee naar huis. Ik wil niet dat deze avond ophoudt.’
- else:
    Je blijft. {p5_anger == "named":Twee keer knijp je bijna in Noors arm.|Je praat met mensen die je morgen vergeten bent.} Je weet de hele avond waar {ze()} op het dak staat, zonder te kijken.
    Om twee uur pak je je jas. {Ze()} zit op de eerste overloop, zogenaamd toevallig. Het is geen toeval.
    ‘Ik kon je zo niet laten gaan,’ zegt {ie()}, en {ze()} staat op. ‘{p5_robin > 0:Robin of geen Robin, ik meen het.|Ik meen het.} Ga met me mee naar huis.’
}
Je maag draait zich om, langzaam en zwaar. Die weet wat er na ja komt. # body: stomach
{held > 0:Je weet dat een nee kan standhouden: {p5_held_image()}, deed het dat.}{rounds > 0: Je weet nog {p5_gave_image()}.}
* [Ga met {hem()} mee #step: pursue]
    ~ p5_settle("go")
    ~ step_pursue(2)
    {p5_said_no():
        ~ boundary_given_up()
    }
    ‘Oké,’ zeg je. {p5_said_no():Het nee van twee uur geleden houdt niets tegen.|Het lag de hele avond al in je mond te wachten.}
    {Ze()} pakt je hand op de trap. Die is warm en past, zoals altijd. Dat was nooit het probleem.
    {p5_robin > 0:
        In je zak zoemt je telefoon één keer. Robin waarschijnlijk, die vraagt of je goed thuis bent gekomen. Je laat hem zitten. # sfx: buzz
    }
* [Voel het verlangen en het verdriet, en loop in je eentje de trap af #step: ground #locked: {p5_way_out_locked()} #why: Je ziet de weg naar beneden wel, maar je voeten dansen al zo lang dezelfde passen dat ze vannacht geen andere meer vinden.]
    ~ p5_settle("walk")
    ~ step_ground(2)
    {p5_said_no():
        ~ boundary_held()
    }
    ‘Nee,’ zeg je. ‘Niet zo.’ En dan, omdat het ook waar is: ‘Ik mis je. Ik ga toch naar huis.’
    Het doet precies zoveel pijn als je dacht. Je neemt het verlangen mee de trap af, {p5_anger == "named":met Noors voetstappen een verdieping achter je.|langzaam, met een hand aan de leuning.}
* [Voel niets. Zeg beleefd welterusten, en ga #step: withdraw]
    ~ p5_settle("cold")
    ~ step_withdraw(2)
    ‘Welterusten,’ zeg je. Beleefd. Glad. Je stem voor mensen van andere afdelingen.
    Je staat al op de trap voor {ze()} iets kan zeggen. Tussen de derde en de tweede verdieping slaat er in je iets af, heel netjes. Het doet niet eens pijn.
-
Het licht in het trappenhuis klikt uit. # pause: 5
{p5_ending:
- "cycle": -> ending_cycle
- "role-switch": -> ending_role_switch
- "closed-heart": -> ending_closed_heart
- else: -> ending_step_out
}
