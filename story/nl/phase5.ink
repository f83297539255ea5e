// Fase 5 — Na de laatste passen. Maanden stilte, Robin, de uitnodiging, het feest.
// Mechaniek en vlaggen: ../common/phase5.ink. De eindes staan in endings.ink.

=== months_later ===
# phase: 5
# scene: home
~ p5_begin()
Maanden. De kalender is vier keer omgeslagen sinds de brief de deur uit ging, en niet één keer lichtte je telefoon op met {zijn()} naam. Je kijkt allang niet meer. Dat zeg je tegen Noor, en op de meeste dagen is het bijna waar.
Je hoofd heeft zich er wel zo'n beetje bij neergelegd. Alleen heeft niemand het je lijf verteld. Dat wordt nog altijd om zes uur wakker aan de kant van het bed die plek openlaat, en één ademhaling lang, voordat de herinnering binnenkomt, is het gewoon blij.
Dan komt de herinnering binnen, en je hart mist een traptree in het donker. # body: heart
De gedachten kloppen niet aan. Ze laten zichzelf binnen terwijl je je tanden poetst: hoe {hij()} je naam zei, alsof {hij()} wilde proeven hoe die smaakte; het rimpeltje tussen {zijn()} wenkbrauwen als {hij()} op het punt stond te liegen, of juist de waarheid te zeggen. Welke van de twee, dat heb je nooit geleerd.
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
    ~ p5_news = "declined"
    'Nee,' zeg je. 'Lief van je. Maar nee.' Je handen willen het weten. Je maag wil het weten. Je houdt je glas toch met allebei je handen vast.
    Noor knikt alsof je ergens voor geslaagd bent en vertelt in plaats daarvan over de huisbaas. Het is een goed verhaal; je lacht op de goede momenten. Op weg naar huis vraag je je geen moment af hoe het op de markt was, behalve de hele weg naar huis, en dan, voor het eerst in lange tijd, laat je het los.
* [Lachen. 'Eerlijk, Noor? Het kan me niks schelen.' En over iets anders beginnen #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_news = "shrugged"
    'Eerlijk?' Je lacht, en het klinkt goed, vind je zelf: luchtig, onverschillig. 'Het kan me echt geen bal schelen. Wat zei die huisbaas nou?'
    Noor kijkt je een seconde te lang aan en laat het dan gaan. Je bespreekt de huisbaas met enorme inzet. Onder tafel wiebelt een van je voeten zo hard dat de wijn in beide glazen trilt, en geen van jullie zegt er iets van.
-
En dan is er Robin.
Robin heeft de fietsenmaker op de hoek, een smalle werkplaats die ruikt naar rubber en kettingolie, waar de radio al jaren op dezelfde zender staat omdat niemand de moeite neemt hem te verzetten. In mei kwam je binnen met een lekke band. Sindsdien ben je terug geweest met een piepende rem, een losse bel en één keer, tot je eigen schaamte, met helemaal niks.
Bij Robin is het makkelijk zijn. Robin lacht vanuit de buik, weet nog dat je je koffie zwart drinkt, en als Robin donderdag zegt, bedoelt Robin donderdag. Het duurde weken voor je dat doorhad. Er sprong niets in je op toen het gebeurde. Zo onbekend was het.
Vandaag veegt Robin beide handen af aan een lap die ze alleen maar zwarter maakt en zegt, zonder enige aanloop: 'Er zit een tentje aan het water waar ze goeie vis hebben. Daar wil ik je graag mee naartoe nemen. Geen druk, hoor. De zaak is morgen hoe dan ook gewoon open.'
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
De uitnodiging.
-> finale

=== finale ===
# scene: party-later
Het feest.
* [Met {hem()} meegaan #step: pursue]
    ~ step_pursue(2)
    {p5_robin > 0:
        ~ p5_ending = "role-switch"
    - else:
        ~ p5_ending = "cycle"
    }
* [In je eentje de trap af lopen #step: ground #locked: {pull_strong() || walls_up() || p5_pattern_holds()} #why: Je ziet de weg naar beneden wel, maar je voeten dansen al zo lang dezelfde passen dat ze vannacht geen andere meer vinden.]
    ~ step_ground(2)
    ~ p5_ending = "step-out"
* [Niets voelen, en elke deur achter je dichtdoen #step: withdraw]
    ~ step_withdraw(2)
    ~ p5_ending = "closed-heart"
-
Het licht in het trappenhuis klikt uit. # pause: 5
{p5_ending:
- "cycle": -> ending_cycle
- "role-switch": -> ending_role_switch
- "closed-heart": -> ending_closed_heart
- else: -> ending_step_out
}
