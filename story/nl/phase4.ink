// Fase 4 — De muziek valt stil. Knopen: festival, week_later, letter.
// Vlaggen staan in ../common/phase4.ink (p4_…). Tweeling van ../en/phase4.ink.

=== festival ===
# phase: 4
# scene: festival # partner: away
{p3_left:Sinds die dag aan {zijn()} deur is het uit, en dat weet {hij()}. {Hij()} schreef oké, en sindsdien om de paar dagen toch iets: een liedje, een foto, gaat het?|Sinds die avond op {zijn()} stoep heb je een regel: je komt niet langs, je wacht niet.}
~ p3_left = false
Op weg naar je werk fiets je langs de plas, waar ze het festival opbouwen. Van het grote podium staan pas de stalen spanten. {partner_name} gaat elk jaar. {partner_close():{Hij()} heeft Noor al twee keer gevraagd of jij ook komt.|Tussen veertigduizend mensen vind jij {hem()} in tien minuten.}

* [Sla het over: een weekend {hem()} níét zien is een cadeau #step: ground #locked: {pull_strong()} #why: Een heel weekend weten dat {hij()} daar onder de lampen staat, zonder jou, dat hou je niet uit.]
    ~ step_ground(1)
    Het kaartje gaat in de la bij de bezorgfolders. Je handen zijn vreemd rustig. Als je het Noor vertelt, wordt ze stil: ze beraamt iets.
    -> noor
* [Ga. Het is een groot veld; je blijft aan je eigen kant. #step: pursue]
    ~ step_pursue(1)
    Het gaat om de muziek, zeg je tegen jezelf, om Noor, om de plas. Bij welk podium {hij()} altijd staat, weet je allang.
    -> gates
* [Sla het over, en laat {hem()} horen dat je iets beters had. #step: withdraw]
    ~ step_withdraw(1)
    Tegen twee mensen die {hem()} kennen laat je vallen dat je dat weekend in een huisje zit. Er is geen huisje. Laat {hem()} je maar eens missen.
    -> noor

= noor
# scene: home # partner: away
Zaterdagmiddag hangt Noor aan je bel tot je opendoet. # sfx: knock
Glitter op haar jukbeenderen, een tweede polsbandje om haar vinger. ‘Je planten hebben meer sociaal leven dan jij.’
‘{Hij()} is er ook.’
{partner_far():‘Met een hele club, hoorde ik. Je ziet {hem()} niet eens. Kom met me in een weiland staan.’|‘Er zijn veertigduizend mensen. Je ziet {hem()} niet eens. Kom met me in een weiland staan.’}
Als ze zegt dat je {hem()} niet eens zult zien, zakt er iets in je. Dat bevalt je niet.

* [Laat je overhalen. Alleen dat weiland. #step: pursue]
    ~ step_pursue(1)
    ‘Vooruit,’ zeg je, en Noor juicht. Je trekt het shirt aan waarin je er van een afstand goed uitziet. Voor wie, vraag je je maar niet af.
    -> gates
* [Blijf thuis. Je hebt dit niet voor niets besloten. #step: ground #locked: {pull_strong()} #why: Ze biedt je precies aan wat je al weken zegt niet te willen, met glitter erop.]
    ~ step_ground(1)
    ‘Ik blijf,’ zeg je. ‘Niet omdat ik verdrietig ben. Omdat ik weet hoe ik ben.’
    Noor kijkt je een hele tijd aan en drukt dan een stevige zoen op je voorhoofd. ‘Dan dans ik wel voor twee.’
    -> at_home
* [Blijf thuis, en zeg dat ze veel foto’s moet posten #step: withdraw]
    ~ step_withdraw(1)
    ‘Ga,’ zeg je. ‘Post alles.’ Je zegt er niet bij: zodat {hij()} ziet dat ik er niet ben. Noors mond wordt een streep.
    ‘Je doet het weer,’ zegt ze, en ze stopt het bandje in haar zak en gaat.
    -> at_home

= gates
# scene: festival # partner: away
Op het station keer je bijna om. Noor houdt je pols vast tot jullie door het hek zijn. Dan is het fijn: droog stof dat aan je enkels plakt, bier dat naar plastic en zon smaakt. Hele minuten vergeet je te kijken.
En dan, tussen twee nummers door, schuift de menigte een stukje op, en daar staat {hij()}. # sfx: crowd # partner: here
{partner_far():Twintig meter verderop, verbrand, midden in een groep. {Zijn()} blik glijdt over je heen, en komt dan pas terug.|Twintig meter verderop, verbrand, heel stil. {Hij()} kijkt al een tijdje naar jou.} Drie weken goede voornemens, en je bent ze in één tel kwijt.

* [Ga naar {hem()} toe, dwars door de mensen #step: pursue]
    ~ step_pursue(2)
    Je bent al onderweg, zijwaarts tussen de schouders door; je hoeft niemand opzij te duwen. {Hij()} zet {zijn()} bekertje neer zonder te kijken waar, en dan sta je voor {hem()}.
    -> together
* [Blijf bij Noor. Laat die blik een blik zijn. #step: ground #locked: {pull_strong()} #why: Je voeten hellen al naar {hem()} over; de rest van je moet alleen nog volgen.]
    ~ step_ground(1)
    Je houdt de blik vast, één ademhaling, twee. Dan knik je één keer, kort, en draai je je naar Noor. Je ribben doen er pijn van.
    -> comes_over
* [Draai je om en dans. Je hebt {hem()} niet gezien. #step: withdraw]
    ~ step_withdraw(2)
    Je draait je zo snel om dat Noors bier over haar hand klotst, en je danst met je armen omhoog en je ogen dicht, zodat {hij()} kan zien hoe goed het met je gaat.
    -> comes_over

= comes_over
{partner_close():Het duurt niet eens een heel nummer.|{partner_far():Het duurt een uur. Je telt niet meer.|Het duurt vier nummers. Je telt ze.}} # partner: away
Dan een warmte in je rug, en {zijn()} stem bij je oor: ‘Dus jij doet alsof je me niet gezien hebt?’ # partner: here
{Hij()} ruikt naar zonnebrand en rook. {Hij()} is het hele veld overgestoken, naar jou.

* [Blijf op je eigen benen staan: ‘Hé. Ik ben hier vanavond met Noor.’ #step: ground #locked: {pull_strong()} #why: {Hij()} is een heel veld overgestoken voor jou, en alles in je wil {hem()} daarvoor belonen.]
    ~ step_ground(2)
    ~ boundary_held()
    ~ p4_where = "beside"
    ‘Hé,’ zeg je. ‘Ik ben hier vanavond met Noor.’
    Eerst kijkt {hij()} verbaasd, dan bijna respectvol. ‘Oké. Mag ik dan gewoon hier staan?’
    Je laat {hem()} staan. Het is een weiland.
    -> beside
* [Leun tegen {hem()} aan, heel even maar #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    Je wilde iets koels zeggen. In plaats daarvan leun je achterover tot je schouderbladen {zijn()} borst raken, en {zijn()} armen gaan om je heen, meteen, zonder zoeken. Het blijft niet bij even.
    -> together

= together
~ p4_where = "crowd"
{Zijn()} hand in je nek{partner_far():, {zijn()} ogen af en toe op de mensen om jullie heen|}. Slecht dansen. Het licht boven de plas dat roze wordt, dan paars, dan weg. Tussen al die mensen let niemand op jullie.

* [Vraag het: ‘En morgen? Hoor ik dan iets van je?’ #step: ground #locked: {pull_strong()} #why: Eén vraag en de betovering is weg, en op dit moment wil je liever de betovering dan het antwoord.]
    ~ step_ground(1)
    ~ p4_where = "asked"
    ‘Morgen ook,’ zegt {ie()}, en {hij()} kust je slaap. Het is geen antwoord. Dat weten jullie allebei, en je laat de muziek het overstemmen.
* [Geloof het. Vannacht kost geloven niks. #step: pursue]
    ~ step_pursue(1)
    Je laat het waar zijn. Voor één keer hou je je geluk niet in de gaten. Je hebt het gewoon.
* [Houd een stukje van jezelf achter, buiten {zijn()} bereik #step: withdraw]
    ~ step_withdraw(1)
    Je geeft {hem()} je mond en je handen en je lach. Het deel dat zou kunnen huilen, vouw je klein op en leg je buiten bereik, ook dat van jezelf.
-
-> child

= beside
Dus {hij()} staat naast je, zonder je aan te raken. {partner_close():{Hij()} haalt water voor jou en Noor, twee keer, zonder dat iemand erom vraagt.|{Hij()} haalt water voor jou en Noor, en kijkt even of je het ziet.} Als de zon ondergaat, gaat {hij()} in het gras zitten, op een zorgvuldige armlengte, en op de een of andere manier is die armlengte zoeter dan een arm om je heen.
Niemand kent jullie hier. Hier zou je zomaar vergeten waarom je je handen in je schoot houdt.
{Hij()} is grappig vanavond, en zacht, en {hij()} luistert. Alles wat je de afgelopen maanden tekortkwam, krijg je vanavond in één keer.
-> child

= at_home
# scene: home # partner: away
De avond is lang en licht. Je maakt de oven schoon en eet chips, staand. Als de wind uit het westen komt, hoor je de bas: een trage dreun onder de stad.
Om twintig voor twaalf licht je telefoon op, op het aanrecht. # sfx: sms
{partner_far():
    ben je er niet? jammer
    En een uur later nog: waar zit je
- else:
    waar ben je. noor is hier en jij niet. klopt niks van
    En daarna: kom. ik haal je op bij de ingang
}

* [Antwoord meteen: ‘Thuis. Hoezo?’ #step: pursue]
    ~ step_pursue(1)
    Thuis. Hoezo? Twintig minuten lang verschijnen en verdwijnen er drie puntjes. Dan niets, tot bijna drie uur.
* [Leg je telefoon op z’n kop en ga naar bed. #step: ground #locked: {pull_strong()} #why: Die telefoon is warm en licht en er staat {zijn()} naam op, en je bed is heel ver weg.]
    ~ step_ground(1)
    Het licht lekt nog even langs de randen en houdt dan op. Je poetst je tanden, langzaam, met opzet, en gaat liggen met een bonkend hart. Je slaapt zelfs. Tot bijna drie uur.
* [Stuur één woord terug: ‘Druk.’ #step: withdraw]
    ~ step_withdraw(1)
    Druk. Je verstuurt het en legt je telefoon in de bestekla, wat krankzinnig is. Om bijna drie uur merk je wat één koud woord met {hem()} doet.
-
De bel. Dan geklop: zacht, daarna minder zacht. # sfx: knock
Door het spionnetje: {partner_name}, stof tot aan de knieën, met een puntzak patat. # partner: here
‘Ik wilde je gewoon zien,’ zegt {ie()} tegen de deur. ‘Mag ik binnenkomen?’

* [Doe open, maar stap zelf naar buiten, deur dicht achter je #step: ground #locked: {pull_strong()} #why: {Hij()} staat daar om drie uur ’s nachts met patat voor jou, en een deur is maar een deur.]
    ~ step_ground(2)
    ~ boundary_held()
    ~ p4_where = "step"
    Je stapt op je sokken naar buiten en trekt de deur dicht tot het slot tegen je rug klikt.
    {Hij()} kijkt naar de dichte deur, dan naar jou, en snapt het. {Hij()} gaat op de bovenste tree zitten en klopt naast zich op het beton. Na een tijdje ga jij er ook bij zitten.
    {Hij()} praat zachtjes, om de buren niet wakker te maken: het stof, een hond die het podium op klom, hoe {hij()} de hele dag in de menigte naar jouw gezicht zocht. Dan vindt {zijn()} hand de jouwe op het koude beton.
    -> child
* [Laat {hem()} binnen. #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p4_where = "bed"
    {Hij()} komt binnen met de nacht nog om zich heen, en de patat wordt koud op het aanrecht. In je bed houdt {hij()} je vast en zegt dat {hij()} je gemist heeft. Je gelooft het. Misschien is het zelfs waar.
    -> child

= child
{
- p4_where == "bed":
    Later, als het raam grijs wordt, zegt {hij()} het in je haar.
- p4_where == "step":
    Het licht in het trappenhuis springt uit. In het donker zegt {hij()} het tegen de tree onder zich.
- p4_where == "beside":
    Later, aan het water, met Noor in slaap op iemands jas, zegt {hij()} het tegen de plas.
- p4_where == "asked":
    Later, in het platgetrapte gras, geeft {hij()} antwoord op een andere vraag. Jij vroeg naar morgen. {Hij()} antwoordt in jaren.
- else:
    Later, in het platgetrapte gras onder de podiumlampen, zegt {hij()} het tegen de lucht.
}
‘Ik wil ooit een kind, wist je dat? Met jou.’ Een stilte. ‘Ik word er niet eens bang van.’
Dat is jouw wens, die je aan niemand vertelt. {Hij()} zegt hem zomaar hardop.
Dan wordt er iets koud. Een kind, van iemand die op dinsdag geen appje kan sturen. Je keel knijpt dicht. # body: throat

* [Zeg het: hoe kan {hij()} over een kind beginnen, als {hij()} morgen weer weg is? #step: ground #locked: {pull_strong()} #why: De woorden liggen klaar, en als je ze uitspreekt, breek je het enige warme wat je hebt.]
    ~ step_ground(2)
    ~ p4_child = "said"
    ‘Jij begint over een kind. Met mij. En morgen ben je weer weg, en hoor ik een week niks, en dat weten we allebei. Hoe kun je me dat geven en dan weglopen?’ Je stem klinkt vast en een tikje te hard.
* [Slik het in. Laat het warm blijven #step: pursue]
    ~ step_pursue(2)
    ~ p4_child = "swallowed"
    Je slikt de woede door, en wat er naar boven komt, is een klein, vochtig ‘Ik ook.’
    {Hij()} praat door: namen, een tuin. Jij zegt ja, en ja. Nooit was je zo teder, en het is gelogen. Ergens in die tuin hoort {hij()} het toch. {Zijn()} stem wordt dunner, en stopt.
* [Word koud. Zeg iets scherps, en laat {hem()} voelen dat het snijdt. #step: withdraw]
    ~ step_withdraw(2)
    ~ p4_child = "cold"
    ‘Een kind,’ zeg je, met een kort, lelijk lachje. ‘Jij houdt nog geen cactus in leven.’
    {partner_far():‘Fijn,’ zegt {hij()}, ijskoud. ‘Daarom begin ik nergens meer over. Met jou valt gewoon niet te praten.’|Het komt aan. {Hij()} zegt niets terug, en dat is erger.} Eén seconde ben je fel blij; dan loopt die blijdschap via je voetzolen weg.
-
Dan niets. Alleen {p4_at_festival():de brommende aggregaten achter het podium|{p4_where == "step":het tikkende gebouw om je heen|de brommende koelkast}}, en {hij()} die heel zacht ademt en niets meer zegt.
{Hij()} is nog zo dichtbij dat je {hem()} kunt aanraken, en al weg.
{
- p4_where == "bed":
    Om zeven uur mompelt {hij()} iets over een vriend met een auto en {partner_far():is weg voor je goed wakker bent.|geeft je een vluchtige kus op je schouder, {zijn()} telefoon al in de hand.} # partner: away
- p4_where == "step":
    Na een tijdje zegt {hij()} ‘Nou,’ tegen niemand en loopt de trap af. Je blijft zitten in het donker, op je sokken. # partner: away
- else:
    Tegen tweeën gaat {hij()} {zijn()} vrienden zoeken{partner_far():, zonder kus, zonder iets|, met een vluchtige kus op je voorhoofd}, en de menigte sluit zich. # partner: away
}
~ disappointment()
Het deel van je dat de telling bijhoudt, pakt zijn potlood. {disappointments == 2:Twee.|Weer een.}
-> week_later

=== week_later ===
# scene: bar # partner: away
{p4_night_calls():Zeven dagen. Woensdagnacht belde {hij()} drie keer achter elkaar, om twee uur; je nam niet op. Donderdagochtend één bericht: laat ook maar. Daarna niets meer.|{partner_far():Zeven dagen. Donderdag zouden jullie iets gaan drinken. Je zat er om acht uur; om half tien ben je naar huis gegaan. Geen bericht, toen niet en daarna niet.|{partner_close():Zeven dagen, en één bericht: een foto van de plas, zonder tekst. Op jouw antwoord komt niets terug.|Zeven dagen. Je stuurde {hem()} maandag iets, en woensdag nog iets. Twee blauwe vinkjes, verder niets.}}} Je wist dat dit zou komen. Je had er niets aan.
{
- p4_child == "said":
    Soms vraag je je af of de waarheid {hem()} heeft weggejaagd. Dan weet je het weer: {hij()} ging toch al. Jij zei het alleen eerder.
- p4_child == "swallowed":
    Je hoort steeds je kleine ‘ik ook’. Je gaf {hem()} precies waar {hij()} om vroeg, en {hij()} ging toch.
- else:
    Dat zinnetje over die cactus blijft ronddraaien. Het zit je de meeste nachten dwars.
}
Zaterdag viert Noor haar nieuwe baan in het café aan de gracht. Ze heeft {hem()} ook uitgenodigd; ze kent {hem()} nu eenmaal.
Een halve stap binnen vouwt je buik zich klein en hard op. Dan pas zie je {hem()}, bij het dartbord. # body: stomach # partner: here

* [Luister ernaar. Houd je jas aan. Je mag altijd weg. #step: ground #locked: {pull_strong()} #why: Je buik zegt weg en je voeten zeggen dichterbij, en vanavond hebben je voeten het voor het zeggen.]
    ~ step_ground(1)
    Je blijft bij de kapstok staan met je jas aan. Weten waar de deur is, helpt meer dan het zou moeten. Noor komt met taart op een servetje, ziet die jas en zegt niets.
* [Negeer het. Loop erheen en zeg gewoon hallo. #step: pursue]
    ~ step_pursue(2)
    Je steekt over met een glimlach die je in de tram hebt opgezet. {partner_far():{Hij()} zegt ‘hoi’, en ‘druk, hè’, en draait zich midden in je volgende zin om naar het dartbord.|{Zijn()} blik blijft net boven je linkeroor hangen, en na een minuut praat je over het weer met iemand die je naakt heeft gezien.}
* [Doe ijzig: loop langs {hem()} zonder te kijken. #step: withdraw]
    ~ step_withdraw(2)
    Je loopt zo dicht langs {hem()} dat je {zijn()} shampoo ruikt, en wacht tot je {zijn()} blik in je rug voelt. Niets.
-
{
- p4_old_love():
    {Hij()} is niet alleen gekomen. Naast {hem()} staat iemand in een spijkerjack die je kent van oude foto’s: {zijn()} ex, het hoofdstuk dat volgens {hem()} was afgesloten. {Zijn()} hand ligt op die rug, heel gewoon, zonder dat {hij()} erbij nadenkt.
- partner_close():
    Om tien uur brengt {hij()} je ongevraagd een drankje. Om elf uur lacht {hij()} de andere kant op. Om half twaalf keert {hij()} je de rug toe.
    Er is iemand nieuw, in een spijkerjack. Vanaf dat moment kijkt {partner_name} nergens anders meer naar.
- else:
    Om tien uur knikt {hij()} je toe. Om elf uur lacht {hij()} de andere kant op. Om half twaalf keert {hij()} je de rug toe.
    Er is iemand nieuw, in een spijkerjack. Vanaf dat moment kijkt {partner_name} nergens anders meer naar.
}

* [Loop erheen en leg een hand op {zijn()} arm #step: pursue]
    ~ step_pursue(2)
    ~ p4_bar = "chased"
    Je raakt {zijn()} arm aan. ‘Gaat het?’ {partner_far():{Hij()} schudt je hand af. ‘Kun je even ophouden? Je zit altijd op m’n lip.’ Een paar mensen kijken om.|{partner_close():{Zijn()} arm beweegt weg, en {hij()} glimlacht beleefd naar je, en draait zich weer om.|{Hij()} trekt {zijn()} arm terug. ‘Niet hier,’ zegt {hij()}, zacht en scherp.}}
* [Vang {hem()} alleen en vraag wat er is #step: ground #locked: {pull_strong()} #why: Vragen betekent het antwoord horen, en je weet nu al dat je dat antwoord niet aankunt.]
    ~ step_ground(2)
    ~ p4_bar = "asked"
    Aan de bar ga je naast {hem()} staan. ‘Wat is er met je vanavond?’
    {partner_far():‘Moet dit nu?’ {Hij()} zegt het zo hard dat de jongen achter de tap opkijkt. ‘Je bent mijn moeder niet.’|‘Niks.’ {Hij()} zegt het tegen de tapkranen. ‘Gewoon moe.’} Dan pakt {hij()} twee drankjes, waarvan er één niet voor jou is, en loopt terug. Het is niet niks. Maar je hebt het gevraagd, en niemand kan je later wijsmaken dat je het je verbeeld hebt.
* [Lach harder om Noor. Laat zien dat je {hem()} niet nodig hebt. #step: withdraw]
    ~ step_withdraw(1)
    ~ p4_bar = "ice"
    Je lacht om alles wat Noor zegt. {partner_far():Op weg naar de wc loopt {hij()} langs jullie tafel en zegt, zonder je aan te kijken: ‘Leuk voor je.’|De enige voor wie het bedoeld is, kijkt niet één keer op.}
* {p4_may_go()} [Ga naar huis voor het einde. Je hoeft het niet te zien om het te weten #step: ground]
    ~ step_ground(2)
    ~ p4_bar = "left"
    Je geeft Noor een zoen en gaat. {Hij()} kijkt op als de deur opengaat, één tel, en dan weer weg. # partner: away
    In de tram trilt je telefoon. Noor: {hij()} is weg. niet alleen. sorry lief.
-
{
- p4_bar == "left":
    Bij een donker raam lees je het nog eens. Het doet pijn. Maar je wist het al voor je wegging, en je hoefde er niet bij te staan.
- veil_infidelity:
    Op de wc kijk je een hele tijd naar je gezicht in de spiegel. Als je terugkomt, hangt {zijn()} jas niet meer aan de kapstok. Het spijkerjack ook niet. Noor pakt zonder iets te zeggen het glas uit je hand, en daaraan merk je het. # partner: away
    Noor brengt je naar de tram en houdt de hele weg je elleboog vast.
- else:
    Om kwart voor één houdt {hij()} het spijkerjack open, zoals {hij()} dat vroeger voor jou deed, en ze gaan samen weg. # partner: away
    Noor brengt je naar de tram en houdt de hele weg je elleboog vast.
}
~ disappointment()
{door_can_close():
    Drie. Op de rand van het bad had je het afgesproken, en nu is het zover. Je weet ook hoe het verdergaat als je blijft: een vierde keer, een vijfde, en jij die elke keer weer wacht.
- else:
    Precies tellen doe je al een tijdje niet meer. Het maakt niet uit. Je weet hoe dit gaat: het houdt niet op zolang jij blijft wachten tot {hij()} jou kiest.
}
In de tram merk je dat je niet huilt. Je bent moe, en heel helder. Het is over, en deze keer ben jij degene die dat zegt.

* [Maak er een eind aan, en zeg het {hem()} ook #step: ground #locked: {pull_strong()} #why: Voorgoed betekent dat er geen volgende keer komt, en een deel van je leeft nog van die volgende keer.]
    ~ step_ground(2)
    ~ p4_close = "tell"
    Je zegt het één keer, zacht, tegen het donkere raam: het is voorbij. Je spiegelbeeld spreekt je niet tegen.
* [Nog niet. Eerst vraag je {hem()} nog één keer waarom. #step: pursue]
    ~ step_pursue(1)
    ~ p4_close = "ask"
    Er moet een reden zijn. Nog in de tram begin je aan de vraag, en drie dagen later ben je er nog mee bezig.
* [Maak het uit zonder een woord. Jij kreeg ook nooit uitleg. #step: withdraw]
    ~ step_withdraw(2)
    ~ p4_close = "silent"
    Nog voor de volgende halte verwijder je {zijn()} nummer. Laat {hem()} het maar merken zoals jij altijd: aan de stilte.
-
-> letter

=== letter ===
# scene: desk # partner: away
// What the letter needs from earlier scenes, taken into this knot's own (temporary)
// variables; the lines of the letter live here too. Once read, the spent flags are
// cleared, so nothing the later phases never read is carried along.
~ temp where = p4_where
~ temp child = p4_child
~ temp bar = p4_bar
~ temp close = p4_close
~ temp line_open = ""
~ temp line_child = ""
~ temp line_night = ""
~ p4_spend_flags()
Alles wat ertoe deed, moest je boven muziek uit roepen. Zondagavond pak je een pen. # sfx: pen
{
- close == "tell":
    Je weet wat erin moet, alleen nog niet hoe het klinkt in je eigen handschrift.
- close == "ask":
    Het is een vraag, houd je jezelf voor: een brief die vraagt waarom. De pen denkt daar anders over.
- else:
    Je was niet van plan jezelf uit te leggen. Het moet alleen je lijf uit, op papier.
}
{partner_close():Sinds zaterdag appte {hij()} twee keer, doodleuk: alles goed? Bovenaan schrijf je {zijn()} naam en een komma.|{partner_far():Sinds zaterdag niets, niet eens een vinkje. Bovenaan schrijf je {zijn()} naam en een komma.|Bovenaan schrijf je {zijn()} naam en een komma.}} De komma kost tien minuten.

* [Begin eerlijk: jullie kunnen nooit echt praten. #step: ground]
    ~ step_ground(1)
    ~ line_open = "honest"
    Je schrijft het snel op, voor je het mooier kunt maken. Het staat er kaal. Je laat het kaal.
* [Begin met een steek: een brief moet {hij()} tenminste openmaken. #step: withdraw]
    ~ step_withdraw(1)
    ~ line_open = "bitter"
    Het komt er glad en scherp uit, weken geslepen. Het kleine, hete genoegen haalt het eind van de regel niet.
* [Vraag {hem()}, alsjeblieft, tot het eind te lezen. #step: pursue]
    ~ step_pursue(1)
    ~ line_open = "pleading"
    Alsjeblieft. Het woord dat je dit hele jaar al zegt zonder het te zeggen. Nu staat het er in inkt.
-
Dan het kind. Je pen hangt tot er een druppel valt, een donker maantje in de kantlijn.

* [Schrijf de waarheid: je wilde het, en wist dat {hij()} ’s ochtends weg zou zijn. #step: ground #locked: {pull_strong()} #why: Opschrijven wat je wilt, maakt het echt, en wat echt is, kan geweigerd worden.]
    ~ step_ground(2)
    ~ line_child = "honest"
    {
    - child == "said":
        Je hebt het al een keer gezegd, hardop, in het donker. De tweede keer is makkelijker, en moeilijker: niemand onderbreekt je.
    - child == "swallowed":
        Je zei het niet toen het ertoe deed. Nu, op papier, trilt je hand en gaan de letters scheef staan. Je laat ze scheef staan.
    - else:
        Het is wat er onder dat zinnetje over die cactus zat. Het kost je meer dan alle andere zinnen bij elkaar.
    }
* [Schrijf dat dat kind een liedje was, één nacht lang. #step: withdraw]
    ~ step_withdraw(1)
    ~ line_child = "bitter"
    De zin is goed, misschien de beste die je ooit schreef. Je ogen prikken. Van trots, zeg je tegen jezelf.
* [Vraag of {hij()} het meende. Jij wel. #step: pursue]
    ~ step_pursue(2)
    ~ line_child = "pleading"
    Je zet twee strepen onder ‘nog steeds’, zo hard dat de pen een deuk in het volgende vel drukt.
-
Dan zaterdag. {bar == "left":Noors bericht in de tram.|{veil_infidelity:De lege haak aan de kapstok.|Het spijkerjack, opengehouden.}}

* [Schrijf op wat je zaterdag eindelijk begreep. #step: ground]
    ~ step_ground(1)
    ~ line_night = "honest"
    De eenvoudigste zin kost het meest. Je schrijft langzaam en streept niets door.
* [{veil_infidelity:Schrijf: hopelijk was het de moeite waard, wie het ook was.|Schrijf: hopelijk was dat spijkerjack het waard.} #step: withdraw]
    ~ step_withdraw(2)
    ~ line_night = "bitter"
    Je handschrift helt naar voren. Je drukt zo hard dat de letters glimmen.
* [Vraag alleen of er nog iets over is. #step: pursue]
    ~ step_pursue(2)
    ~ line_night = "pleading"
    Je schrijft dat je niet boos bent. Dat is niet waar, maar je hebt {hem()} harder nodig dan je gelijk.
-
En dan het einde, aan iemand die het nooit heeft laten beginnen.

* [Eindig met liefde en met een punt: jij stapt eruit. #step: ground #locked: {walls_up()} #why: Om op te schrijven dat je van {hem()} hield, zou je het weer moeten voelen, en je hebt de hele week je best gedaan om dat niet te doen.]
    ~ step_ground(2)
    ~ p4_line_end = "honest"
    Je hand is rustig. Pas daarna merk je dat je een beetje huilt. Het is niet eens naar.
* [Neem zelf het laatste woord: {hij()} hoeft niet terug te schrijven. #step: withdraw]
    ~ step_withdraw(2)
    ~ p4_line_end = "bitter"
    Zo. Als {hij()} nu niets van zich laat horen, is dat tenminste jouw idee. Het voelt minder goed dan je dacht.
* [Laat de deur op een kier: {hij()} weet waar je woont. #step: pursue]
    ~ step_pursue(2)
    ~ p4_line_end = "pleading"
    {close == "tell":Je wilde de deur dichtdoen. Als je het terugleest, zie je dat er nog een kier is.|Je laat een kier open. Natuurlijk doe je dat.}
-
~ p4_settle_tone(line_open, line_child, line_night)
Je leest het door zoals {hij()} het zal lezen. Als {hij()} het leest.
{partner_name}, # letter: line
{line_open:
- "honest":
    Ik schrijf je omdat wij nooit echt kunnen praten. Ik wil dat je dit één keer hoort, van mij, zonder muziek erdoorheen. # letter: line
- "bitter":
    Een appje kun je ongelezen laten, net als alle andere. Een brief moet je tenminste openmaken. # letter: line
- else:
    Lees dit alsjeblieft tot het eind. Elke versie die ik begon, begon met alsjeblieft. # letter: line
}
{line_child:
- "honest":
    {child == "swallowed":Ik zei het niet toen jij het zei, dus ik zeg het nu. }Toen je over een kind begon{p4_child_place(where)}, zei iets in mij ja voor ik het kon tegenhouden. En in dezelfde seconde wist ik dat je ’s ochtends weg zou zijn, en dat was je ook. # letter: line
- "bitter":
    Je had het over een kind zoals je het over een liedje hebt dat je mooi vindt: met je hele hart, één nacht lang. De volgende ochtend zat je alweer bij het volgende nummer. # letter: line
- else:
    Meende je het, van dat kind? Want ik wel. Ik nog steeds. Ik zou alleen moeten weten dat je er op een gewone dinsdag ook nog bent. # letter: line
}
{line_night:
- "honest":
    {bar == "left":Zaterdag ging ik weg voor het einde; in de tram hoorde ik dat jij niet alleen naar huis ging|{veil_infidelity:Zaterdag ging je weg van Noors feest, zonder één woord tegen mij en niet alleen|Zaterdag zag ik je weggaan met iemand anders, zonder één woord tegen mij}}{bar == "asked":, een uur nadat je had gezegd dat er niks was}, en toen begreep ik eindelijk dat ik de enige van ons tweeën ben die nog danst. # letter: line
- "bitter":
    {veil_infidelity:Ik hoop dat zaterdag de moeite waard was, wie het ook was. Ik hoop dat die persoon de goede versie van je kreeg, die van één nacht.|Ik hoop dat dat spijkerjack het waard was. Ik hoop dat je de mouwen openhield zoals je dat vroeger voor mij deed.} # letter: line
- else:
    Je hoeft zaterdag niet uit te leggen. Ik wil alleen weten of er nog iets over is. Ik kan met heel weinig toe. Dat heb ik altijd gekund. # letter: line
}
{p4_line_end:
- "honest":
    Dus ik stap eruit. Niet omdat ik niet meer van je hou. Maar ik wil houden van iemand die blijft, ook als het moeilijk wordt, en ik wil zelf iemand zijn die bij zichzelf blijft. # letter: line
- "bitter":
    Schrijf maar niet terug. Dat zou je toch niet doen, maar zo is het tenminste mijn idee. # letter: line
- else:
    Als er iets van waar was, weet je waar ik woon. Ik laat het licht nog een tijdje aan. # letter: line
}
{letter_tone:
- "honest":
    Pas goed op jezelf. # letter: line
- "bitter":
    Dat was het. # letter: line
- else:
    Nog steeds van jou, als je dat wilt. # letter: line
}
Je hand schrijft {zijn()} adres zonder het jou te vragen.

* [Doe de brief op de bus, en laat hem echt los. #step: ground #locked: {pull_strong()} #why: Is de brief eenmaal op de bus, dan valt er niets meer te wachten, en je weet nog niet hoe je zonder wachten moet.]
    ~ step_ground(2)
    ~ p4_sent = "sent"
    De brievenbus op de hoek slikt de envelop met een klein metalen geluid. Dan ga je naar huis en kook je iets met knoflook.
* [Doe de brief op de bus, en app dat er iets aankomt. #step: pursue]
    ~ step_pursue(2)
    ~ p4_sent = "chased"
    Halverwege naar huis app je: ik heb je iets gestuurd. lees je het? Dan kijk je, bij het stoplicht, bij je voordeur, drie keer in bed.
* [Leg de brief in de la. Dit krijgt {hij()} niet ook nog. #step: withdraw]
    ~ step_withdraw(2)
    ~ p4_sent = "kept"
    Je schuift de envelop in de la, onder de bezorgfolders. Sommige dingen schrijf je voor jezelf. De la klemt; je moet ertegenaan leunen.
-
{p4_letter_sent():
    Er komt geen antwoord. {partner_far():Van Noor hoor je dat {hij()} inmiddels met iemand is, en dat {hij()} over jou zegt dat je ‘te veel’ was.|Toch springt je hart op bij elke klap van de brievenbus, en elke keer zijn het pizzafolders.}
- else:
    Er komt niets terug, want er ging niets heen. De stilte klinkt precies hetzelfde.
}
De zomer gaat voorbij zonder {hem()}. # pause: 4
-> months_later

// Waar het kind ter sprake kwam, zoals de brief het zegt (met spatie vooraf).
=== function p4_child_place(where) ===
{
- where == "beside":
    <> aan het water
- where == "bed":
    <> in mijn bed
- where == "step":
    <> op mijn trap
- else:
    <> in het gras aan de plas
}

// Eén zin die de brief terugbrengt: de toon, hoe die eindigde, en of die verstuurd is.
// Voor fase 5 en de eindes.
=== function letter_recalled() ===
{letter_tone == "bitter":Je schreef {hem()} een brief met een scherp randje aan elke regel|{letter_tone == "pleading":Je schreef {hem()} een brief die bleef vragen en vragen|Je schreef {hem()} de waarheid, zo eenvoudig als je kon}}{p4_line_end == "bitter":, eindigde met dat {hij()} niet terug hoefde te schrijven|{p4_line_end == "pleading":, liet aan het eind het licht aan|, eindigde met dat je van {hem()} hield en er toch uit stapte}}{p4_sent == "kept":, en legde de brief daarna in een la, waar die is gebleven.|{p4_sent == "chased":, deed de brief op de bus en appte er nog achteraan, en alles zonk zonder rimpeling weg in {zijn()} stilte.|, deed de brief op de bus, en die zonk zonder rimpeling weg in {zijn()} stilte.}}
