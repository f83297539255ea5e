// Fase 2 — Dansen met tegenstrijdige passen.
// text_message · confession · night_call · the_week

=== text_message ===
# phase: 2
# scene: home
Drie weken, geteld in nachten. {Zijn()} blauwe tandenborstel in je glas, pastawater op het vuur.

Is het krankzinnig om {hem()} mee te vragen naar een bruiloft in juni? Ja. Je doet het toch.

Je telefoon licht op: {partner_name}. Je borst maakt een sprongetje. # sfx: sms

'hee. moet even eerlijk zijn. volgens mij vind ik eva best leuk eigenlijk. wilde niet dat je het van een ander hoorde x'

Eva. Jouw Eva, zes jaar met Jonas, die {hem()} één keer zag. Achter je kookt de pan over.

* [Lees het nog eens. En nog eens. Er moet een manier zijn om het te lezen waarin het iets anders betekent. #step: pursue]
    ~ step_pursue(1)
    Je leest het elf keer, met andere stemmen: als grap, dronken, als test. Je scrolt terug naar waar het kantelde, en vindt alleen hartjes, {zijn()} voeten naast de jouwe op een vensterbank, en 'morgen?', steeds weer.
    Dat kruisje aan het eind is het ergste. Zo sluit {hij()} af als {hij()} lief doet.
* [Leg de telefoon omgekeerd neer. Zet het gas uit. Blijf staan en laat het binnenkomen. #step: ground]
    ~ step_ground(1)
    Je draait de telefoon om, zet het vuur uit en blijft staan, je handen plat op het aanrecht. Je legt jezelf nog niets uit. Je voelt alleen hoe het aankomt, zoals een lift die een verdieping te snel zakt.
    Je knieën knikken. Je laat ze, en gaat op de tegels zitten met je rug tegen het keukenkastje.
* [Verwijder het. Verwijder het hele gesprek. #step: withdraw]
    ~ step_withdraw(1)
    Selecteren. Chat verwijderen. Weet je het zeker? Ja. Drie weken weg in één knippering.
    Het voelt een seconde of vier schoon. Dan zie je elk woord nog staan, aan de binnenkant van je oogleden, het kruisje incluis.
-
Je hart breekt niet. Het slaat dicht, als een deur in de tocht. # body: heart

Eergisteren zei {hij()} nog dat {hij()} met niemand zo kon praten als met jou. Eva is een raam dat nooit opengaat; jij bent het gevaar, omdat je beschikbaar bent.

Je kent die truc. Je hebt hem zelf gespeeld, van de andere kant.

* [Zeg {hem()} dat je doorhebt wat {hij()} doet, en dat je afstand neemt #step: ground #locked: {pull_strong()} #why: Je duimen willen alsjeblieft typen voor ze iets anders kunnen typen.]
    ~ step_ground(2)
    ~ p2_text_reply = "ground"
    Je schrijft het vier keer: woedend, smekend, zo kalm als een ontslagbrief. De vierde houd je.
    'Ik denk dat je bang bent geworden, en dat Eva veilig is om op te richten. Ik neem wat afstand.'
    Je verstuurt het en legt de telefoon in de broodtrommel. Onder de pijn zit een rust: deze keer geef je geen jaren weg. Drie weken, en een tandenborstel.
* [Leg het uit. Vraag wat je verkeerd hebt gedaan. Vraag of jullie vanavond kunnen praten, alsjeblieft #step: pursue]
    ~ step_pursue(2)
    ~ p2_text_reply = "pursue"
    'heb ik iets gedaan?' Verzenden. 'ik ben niet boos.' Verzenden. Of dat klopt, weet je niet. 'ik kan ook even langskomen, gewoon om te praten.' Verzenden.
    Drie puntjes verschijnen, verdwijnen, verschijnen. Om twaalf voor twaalf: 'maak je niet druk oké. laten we het niet zwaar maken. x'
    Zwaar. Je stuurt een duimpje terug, en je haat dat duimpje, en je haat jezelf om dat duimpje.
* [Word ijskoud. Laat {hem()} maar in het ongewisse. Of stuur één zin die prikt #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_text_reply = "withdraw"
    Je typt: 'Succes. Ze woont samen, maar dat is natuurlijk juist het leuke.' Verzenden. Je zet {hem()} op stil en duwt de telefoon in een la.
    Een minuut of elf voelt dat als macht. In minuut twaalf trek je de la open, alleen om te kijken of het geluid echt uit staat.
-
{p2_text_reply == "pursue":Je eet de pasta staand op, met de telefoon open naast je bord.|Je eet de te gare pasta staand op. Het smaakt nergens naar.}
-> confession

=== confession ===
# scene: bar
Tien dagen.
{
- p2_text_reply == "ground":
    Je hebt je woord aan jezelf gehouden. {Hij()} antwoordde één keer, 'ok. terecht', en je was bijna trots op hoe weinig je keek. Bijna.
- p2_text_reply == "pursue":
    Je hebt ze gebruikt om het klein te houden: nog drie berichtjes, elk luchtiger dan het vorige. Op één ervan kwam een lachend gezichtje, een dag te laat.
- else:
    Stilte, en die heb je zelf gemaakt. {Hij()} schreef twee keer, en je reageerde op geen van beide. Elk onbeantwoord bericht was een munt in je broekzak waar je steeds even aan zat.
}

Noors verjaardag, in het café aan de gracht. Je lacht om haar papegaaienverhaal als de deur de kou binnenlaat, en {hem()}.

Je kijkt niet. Alle haartjes op je armen wel. {Hij()} komt door de menigte naar je toe.

* [Blijf naar Noor luisteren. Als {hij()} wil praten, komt {hij()} maar helemaal hierheen. #step: ground]
    ~ step_ground(1)
    Je houdt je ogen op Noor. De papegaai, blijkt, vloekt alleen in het Portugees. Je laat {hem()} elke stap van die laatste tien zelf zetten.
* [Draai je naar {hem()} toe. Kom {hem()} halverwege tegemoet, met al een halve glimlach. #step: pursue]
    ~ step_pursue(1)
    Je lijf beweegt al voor je iets besloten hebt. Halverwege de zaak draag je al de glimlach die je voor later had willen bewaren.
    {Hij()} ziet het. Er ontspant iets in {zijn()} schouders.
* [Draai {hem()} je rug toe. Lach net iets te hard om iets wat niemand zei. #step: withdraw]
    ~ step_withdraw(1)
    Je keert {hem()} je schouderbladen toe en lacht, te schel, om niets. Het kost {hem()} geen enkele moeite: een aanraking bij je elleboog, licht als een vraag.
-
Bij de kapstok noemt {hij()} dat bericht stom. Eva was gewoon de eerste naam die {hij()} te pakken had.

Dan, vlak bij je oor: 'Jij prikt dwars door me heen, hè. Ik heb wel gevoelens voor je. Dat is het probleem. Ik schrok.'

Een stemmetje in je klimt op een stoel en roept: zie je wel! 'Ik voelde me een idioot,' zeg je.

'Weet ik. Het was laf.' {Hij()} neemt alle schuld, en je woede schiet door de plek waar {hij()} stond.

Je maag ligt heel stil, als een dier in hoog gras. # body: stomach

* [Zeg dat je {hem()} gelooft, en dat je juist dáárom afstand houdt: omdat {hij()} bang is #step: ground #locked: {pull_strong()} #why: Het stemmetje dat zie je wel roept is zo luid dat je het zachte stemmetje eronder niet meer hoort.]
    ~ step_ground(2)
    ~ p2_confession = "held"
    {p2_said_no():
        ~ boundary_held()
    }
    'Ik geloof je,' zeg je. 'Je bent bang. Daarom houd ik ook afstand. Ik ga niet de persoon zijn op wie jij je angst loopt te oefenen.'
    'Terecht,' zegt {ie()}, met een scheef lachje. 'Ik zou ook afstand van mezelf houden.'
    Je vindt {hem()} ondraaglijk leuk om die zin. Je gaat terug naar Noor, je handen trillend, je voeten stevig op de vloer.
* [Laat de boosheid los. Laat je naar {hem()} toe trekken. #step: pursue]
    ~ step_pursue(2)
    ~ p2_confession = "melted"
    {p2_said_no():
        ~ boundary_given_up()
    }
    De boosheid gaat uit als een lucifer in de tocht. {Zijn()} voorhoofd ligt tegen het jouwe, en je laat {hem()} begaan.
    Over {zijn()} schouder trekt Noor één wenkbrauw precies één millimeter op. Jullie vertrekken nog voor de taart, {zijn()} hand in de achterzak van je spijkerbroek, alsof er niets gebeurd is.
* {not p2_said_no()} [Glimlach allerliefst, zeg één ding dat snijdt, en laat {hem()} daar staan #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_confession = "cut"
    'Joh, zit er niet mee,' zeg je, met je liefste glimlach. 'Echt niet. Ik heb wel erger meegemaakt van mensen die ik leuker vond.' En je loopt naar de bar en bestelt iets wat je niet wilt.
    Bij het afrekenen trillen je handen. Als je durft om te kijken, staat {hij()} nog steeds bij de jassen, precies waar je {hem()} achterliet, en kijkt {hij()} naar je zoals {hij()} op het feest naar je keek.
    Dat is nog het ergste. Het werkt. Het werkt altijd, weglopen.
-
{
- p2_confession == "held":
    Je gaat niet met {hem()} mee naar huis. Maar op de terugweg merk je dat je het dossier ook niet hebt gesloten.
- p2_confession == "melted":
    {p2_said_no():Later, in {zijn()} bed, denk je aan jezelf van tien dagen terug, met de armen over elkaar in de deuropening van je hoofd. Alleen je hoofd had besloten. De rest van je stond gewoon te wachten.|Later, in {zijn()} bed, luister je naar {zijn()} ademhaling. Je hebt gekregen waar je om smeekte. Het voelt als opluchting, en een beetje als verliezen.}
- else:
    Je blijft tot de taart. {Hij()} gaat voor het einde weg. Je maakt jezelf wijs dat je {hem()} niet hebt nagekeken.
}

'Gaat het?' vraagt Noor, terwijl ze je jas dichtknoopt.

* [Zeg haar eerlijk dat je niet weet wat je aan het doen bent, en dat je daar een beetje van schrikt #step: ground]
    ~ step_ground(1)
    'Ik weet niet wat ik aan het doen ben,' zeg je. 'En ik schrik er een beetje van, hoe weinig ik het weet.'
    Noor knikt. 'Mooi. Dat is een begin. App me als je thuis bent. Niet {hem()}. Mij.'
* [Vraag haar of zij denkt dat {hij()} het meende. Echt meende #step: pursue]
    ~ step_pursue(1)
    'Denk jij dat {hij()} het meende? Dat van dat bang zijn?'
    'Ik denk dat {hij()} alles meent wat {hij()} zegt, zolang {hij()} het zegt,' zegt Noor. 'Dat is juist wat me zorgen baart.' Jij hoort alleen de eerste helft.
* [Zeg dat het geweldig gaat. Echt. Nooit beter. #step: withdraw]
    ~ step_withdraw(1)
    'Geweldig,' zeg je. 'Nooit beter. Gefeliciteerd, ouwe taart.'
    Noor laat het gaan, omdat het haar verjaardag is. Maar ze houdt je mouw een tel langer vast dan nodig is, en dat voel je de hele weg naar huis.
-
Niet klaar dus. Een koppig stuk van jou stroopt de mouwen op.
-> night_call

=== night_call ===
# scene: bar
Daarna lopen de weken in elkaar over.
{
- p2_confession == "held":
    Je houdt afstand, min of meer. Twee keer belanden jullie toch samen in bed, en dat leg je in het laatje ongelukjes.
- p2_confession == "melted":
    De goede nachten zijn heel goed. Daartussen valt de telefoon dagen stil, en die stilte vul je zelf op.
- else:
    Na Noors verjaardag schrijft {hij()} vaker dan ooit. Grappige dingen, 's avonds laat. Een liedje. 'moet nog steeds aan je gezicht denken toen je wegliep.' Jouw kou heeft {hem()} warm gemaakt; je ziet het zoals je een speling van het licht ziet, en je laat het werken.
}
// phase-local: not needed after this point (lets the explorer merge states)
~ p2_confession = ""

Sluitingstijd. {Hij()} hangt naast je aan de bar. 'Ik was nog van plan je dinsdag te bellen. Om te vragen hoe het ging.'

Van plan. Een heel museum van dingen die {hij()} van plan was, prachtig uitgelicht. Niets waar je aan kunt komen.

* ['Maar je deed het niet,' zeg je. Luchtig. Gewoon een feit, neergelegd op de bar tussen jullie in. #step: ground]
    ~ step_ground(1)
    'Maar je deed het niet,' zeg je. Niet boos. Je legt het tussen jullie neer op de bar, als een bierviltje.
    {Hij()} lacht, betrapt. 'Nee. Ik ben vreselijk.' En {hij()} kijkt je een tel langer aan, alsof je in het licht bent opgeschoven.
* ['Wat lief. Het gaat goed. Heel goed zelfs. En met jou?' #step: pursue]
    ~ step_pursue(1)
    'Wat lief,' zeg je, en je meent het, en daar zit hem de kneep. Het voornemen valt om je heen als een jas, en je kijkt niet of er iemand in zit.
* ['O ja? Was me niet opgevallen.' #step: withdraw]
    ~ step_withdraw(1)
    'O ja?' Je houdt je ogen op de theedoek van de barman. 'Was me niet opgevallen.'
    Het komt aan. {Hij()} lacht net iets te laat en schuift een halve stap dichterbij, alsof jij de enige kachel in de zaak bent.
-
Dan is het er weer: {hij()} pikt je olijfje, jij port {hem()}, de lucht zoemt. Niemand ziet de vier dagen erna.

{Zijn()} hand ligt een centimeter van de jouwe. Je weet hoe deze nacht gaat als je blijft. Je adem zit hoog. # body: breath

* [Zeg dat je naar huis gaat. Nu, voor de laatste ronde. #step: ground #locked: {pull_strong()} #why: Die centimeter tussen jullie handen is het enige in de hele zaak wat je nog voelt.]
    ~ step_ground(2)
    ~ p2_left = "said"
    'Ik ga naar huis,' zeg je, en je pakt je jas.
    {Hij()} zoekt je gezicht af naar het haakje: de aarzeling, het 'tenzij...'. Er is er geen. Je zoent {hem()} op {zijn()} wang, zoals je iedereen zou zoenen, en loopt door de schone kou naar huis, grijnzend naar niets.
* [Blijf. Blijf tot de grote lampen aangaan, je weet maar nooit. #step: pursue]
    ~ step_pursue(2)
    ~ p2_left = "stayed"
    Je blijft. Natuurlijk blijf je, tot de tl-buizen aanfloepen en iedereen op een pasfoto van zichzelf lijkt.
    Bij de deur zoent {hij()} je mondhoek. 'Ik app je.' En {hij()} gaat met {zijn()} vrienden de andere kant op. Jij loopt alleen naar huis en stelt in je hoofd het berichtje op dat {hij()} je zo gaat sturen.
* [Ga naar de wc en kom gewoon niet meer terug. Laat {hem()} de lege kruk maar vinden. #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_left = "slipped"
    Je zegt 'ben zo terug', plukt op weg naar de wc je jas van de haak en loopt via de zijdeur de steeg in.
    Op de brug zoemt je telefoon. 'waar ben je??' Je loopt harder, van binnenuit verlicht als een etalage, en je weet niet of dit vrijheid is of het genot dat er naar je gezocht wordt.
-
-> the_call

= the_call
# scene: bedroom
{p2_left == "stayed":Kwart voor drie. Geen bericht. Je hebt vier keer gekeken.|Net twee uur geweest, en je bent nog lang niet in slaap.}
~ p2_left = ""

De telefoon verlicht het plafond: {partner_name} belt. # sfx: ring

'Hé.' Wind achter {zijn()} stem. 'Mag ik nog langskomen?'

Je hart neemt de trap met twee treden tegelijk. Het weet waar hij uitkomt. # body: heart

* [Zeg nee. En zeg waarom. #step: ground #locked: {pull_strong()} #why: {Zijn()} stem is al bij je in de kamer, en de helft van je heeft de deur al van het slot gedaan.]
    ~ step_ground(2)
    'Nee,' zeg je. Jullie schrikken er allebei van. 'Niet omdat ik je hier niet wil hebben. Juist omdat ik dat wel wil. Mijn hart trekt dit niet: de ene nacht dichtbij, de volgende kilometers ver weg.'
    Een lange stilte. Dan, heel zacht: 'Nee. Dat trekt geen enkel hart.'
    {Hij()} zegt het met zoveel medeleven, alsof het over het weer gaat en niet over iets wat {hij()} zelf doet.
    {Zijn()} stem wordt nog zachter, en je keel sluit zich om het makkelijke woord, het ja. # body: throat
    -> the_return
* [Zeg ja, voor je kunt nadenken #step: pursue]
    ~ step_pursue(2)
    ~ p2_night = "gave"
    'Ja,' zeg je, nog voor het woord langs je hersens is gekomen. 'Kom maar.'
    -> he_comes
* [Laat hem overgaan. Leg hem omgekeerd neer en kijk naar het plafond #step: withdraw]
    ~ step_withdraw(2)
    Je legt de telefoon omgekeerd neer en kijkt naar het plafond. Hij gaat over, en over, en houdt op. De stilte daarna is enorm.
    -> rang_out

= the_return
* ['Maar jij doet het wel,' zeg je. En dan benoem je het. #step: ground #locked: {pull_strong()} #why: {Hij()} klinkt zo spijtig en zo dichtbij dat iets waars zeggen voelt als een deur dichtsmijten op {zijn()} vingers.]
    ~ step_ground(2)
    ~ boundary_held()
    ~ p2_night = "held"
    -> named
* [Hoor hoe zacht {zijn()} stem geworden is, en zeg dat {hij()} moet komen #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p2_night = "gave"
    'Kom,' zeg je. Je hoort {hem()} uitademen, alsof {hij()} die adem al een week had ingehouden.
    -> he_comes

= rang_out
Anderhalve minuut. Hij gaat weer over, en houdt op. Dan een bericht: 'ik weet dat je wakker bent. alsjeblieft.' En: 'ik mis je.'

Je adem wordt kort en hoog, zoals vlak voordat je iets doet wat je jezelf daarna een week lang moet uitleggen. # body: breath

* [Stuur drie woorden terug: 'Nee. Niet vannacht.' En leg de telefoon in een andere kamer #step: ground #locked: {pull_strong()} #why: Dat 'ik mis je' staat op het scherm als een hand die in het donker naar je wordt uitgestoken.]
    ~ step_ground(1)
    ~ boundary_held()
    ~ p2_night = "silent"
    Je typt het met één duim: 'Nee. Niet vannacht.' Je zet er geen 'sorry' achter en geen kusje, al zweeft je duim boven allebei. Verzenden.
    Dan stap je uit bed, brengt de telefoon naar de keuken zoals je een kat 's nachts buiten zet, en legt hem omgekeerd naast de broodtrommel.
    Als je terug in bed stapt, zijn de lakens koud geworden. Je ligt er en trilt een beetje, en het is geen verdriet. Het is het trillen nadat je iets heel zwaars heel veel trappen op hebt gedragen, en het hebt neergezet.
    -> the_week
* [Bel {hem()} terug. Zeg: kom maar. #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p2_night = "gave"
    Je belt terug. {Hij()} neemt op voor de eerste toon is uitgeklonken. 'Kom maar,' zeg je, en {hij()} lacht, een warme, opgeluchte, licht aangeschoten lach, en zegt dat {hij()} al aan het eind van je straat staat.
    Natuurlijk staat {hij()} daar.
    -> he_comes

= named
'Maar jij doet het wel,' zeg je.

Stilte. De wind in de telefoon.

'Jij doet het,' zeg je nog een keer, en nu gaat het vanzelf, alsof het al die tijd in de rij stond te wachten. 'Je reageert drie dagen niet na de mooiste nacht die we gehad hebben. Je zegt dat je geen relatie wilt, en dan bel je me om twee uur 's nachts. Je zegt dat het net niet genoeg voelt. Net niet. Alsof ik een gerecht ben waar je nog niet uit bent.' Je stem trilt niet. Dat merk je op, van een afstandje, met belangstelling.

Een hele tijd zegt {ie()} niets. Als {hij()} weer praat, is de charme uit {zijn()} stem, en wat overblijft is kleiner en veel jonger.

'Ik weet het,' zegt {ie()}. 'Ik weet dat ik het doe. Als het goed is met jou, gaat er iets in mij naar de nooduitgang zoeken. Een soort reflex.' Een ademhaling. 'Dat heb ik nog nooit tegen iemand gezegd. Ik ben niet eens dronken genoeg om het nu te zeggen.'

Voor één keer hoor je de echte mens onder de voorstelling, bang en teder en doodmoe. Het zou zo makkelijk zijn om te zeggen: kom dan. Kom hier, en wees samen met mij bang.

'Slaap lekker, {partner_name},' zeg je. 'Ik meen het.' En jij hangt als eerste op. Voor één keer in je leven hang jij als eerste op.

Daarna lig je daar, de telefoon warm op je borst, en je hart gaat tekeer als dat van een vogeltje. Iets in jou is over iets anders in jou heen geklommen. Je voelt je liggend groter dan je je staand ooit hebt gevoeld.
-> the_week

= he_comes
Niet veel later staat {hij()} voor je deur, een zak friet omhoog als vredesoffer.

De nacht is zacht. Je ligt wakker onder {zijn()} arm en denkt: zie je nou? Zo is {hij()} als {hij()} niet bang is.

's Ochtends is {hij()} al aangekleed als je wakker wordt. 'Werk,' zegt {ie()}. Het is zaterdag.
-> the_week

=== the_week ===
# scene: home
{p2_night_held():Het houdt precies een week stand.|Een week, deze keer. Zo lang duurt de zachtheid.}
{p2_night_held():-> held_week|-> gave_week}

= held_week
De eerste dagen zijn verbluffend. Je lapt de ramen, binnen én buiten. Je fietst met tegenwind naar zee en terug en kijkt geen enkele keer op je telefoon. Je zingt onder de douche, vals, hard en met overgave.

Voor jezelf kiezen blijkt iets lichamelijks, als een goede houding, als uitgeslapen zijn. Je loopt anders. Bij de bakker vragen ze of je op vakantie bent geweest.

Woensdag een foto van het café aan de gracht, genomen vanaf jouw kant van de bar: de lege kruk, een half leeg glas. 'je kruk mist je. de rest van mij ook.' # sfx: sms

* [Lees het, voel wat het met je doet, en laat het zo. Nog geen antwoord. #step: ground]
    ~ step_ground(1)
    Je leest het twee keer en blijft er dan bij zitten, zoals je bij een hete kop thee blijft zitten tot hij te drinken is. Het doet veel. Het trekt aan je als een stroming rond je enkels. Je merkt de trek op, en je merkt op dat je nog steeds staat.
    Je antwoordt niet. Niet uit wrok. Je hebt nog geen eerlijk antwoord, en je bent klaar met het versturen van de andere soort.
* (hw_heart) [Antwoord. Een beetje maar. Eén klein hartje. #step: pursue]
    ~ step_pursue(1)
    Eén hartje kan geen kwaad. Je stuurt het, en de opluchting gaat door je heen als de eerste hap van iets zoets.
    Binnen een minuut antwoordt {ie()}: '!!! mag ik je zien?' En nu moet je 'nog niet' typen, wat veel moeilijker is dan helemaal niet antwoorden, want de deur staat op een kier en jij leunt er van binnenuit tegenaan.
* [Archiveer het zonder het echt te openen. En het volgende ook. #step: withdraw]
    ~ step_withdraw(1)
    Je veegt het weg naar het archief, waar dingen heen gaan om niet te bestaan. 's Avonds komt er nog een. Die archiveer je ook, zonder verder te lezen dan 'ik moet steeds'.
    Elke keer geeft het je een klein, koud schokje voldoening, zoals drukken op een blauwe plek om te voelen of hij er nog zit.
-
{p2_text_reply == "withdraw":Donderdag wandel je met Eva, en halverwege besef je dat je al weken kortaf tegen haar doet zonder te zeggen waarom, alsof het ook maar iets met haar te maken had. Ze vertelt over de heup van Jonas' moeder, en je houdt haar arm iets steviger vast, als excuus voor iets waarvan zij niet weet dat het gebeurd is.|Donderdag wandel je met Eva, die niets van dat bericht weet. Ze vertelt over de heup van Jonas' moeder, en je denkt: van iedereen koos {partner_name} precies degene die gegarandeerd een plaatje blijft.}

Dan komt het andere omhoog, als grondwater in een kelder. Wat als {hij()} je op je woord heeft geloofd, en nu al ergens warm zit met iemand die nergens om vraagt? De kracht blijft. De angst groeit gewoon mee, tot hij precies even groot is.

Vrijdagavond ligt hij als een ingeslikte steen in je maag. De blauwe tandenborstel staat nog steeds in het glas. # body: stomach

* [Bel Noor en zeg het hardop: je bent bang dat je {hem()} voorgoed kwijt bent #step: ground]
    ~ step_ground(1)
    'Ik ben bang dat ik {hem()} kwijt ben,' zeg je tegen Noor. 'Voorgoed. En ik ben ook bang dat dat niet zo is.' Jullie moeten allebei lachen, omdat het belachelijk is en waar.
    Noor zegt niet wat je moet doen. Ze vertelt over haar week, laat je ademhalen, en aan het eind zegt ze: 'Het kan allebei waar zijn, en dan kun je nog steeds gewoon naar bed.' Dus dat doe je.
* [Scrol tot drie uur 's nachts door {zijn()} foto's #step: pursue]
    ~ step_pursue(1)
    Je ligt op je zij en scrolt. {Hij()} op de vensterbank. {Hij()} die een gezicht trekt boven een te hete koffie. {Hij()} in slaap, een arm over {zijn()} ogen, een foto die je zonder te vragen nam en {hem()} nooit hebt laten zien. Je zoomt in op {zijn()} mond.
    Om drie uur stop je, omdat de batterij op vier procent staat, niet omdat je genoeg hebt gehad. Vanuit de badkamer kijkt de tandenborstel je aan.
* [Ga uit. Dans met vreemden tot je helemaal niets meer voelt #step: withdraw]
    ~ step_withdraw(1)
    Je gaat stappen met mensen van je werk die je niet eens zo leuk vindt, en danst in een kelder tot je shirt aan je rug plakt en de bas het denken van je overneemt. Iemand trakteert je op een drankje. Je laat diegene praten, en knikt, en kijkt naar de deur telkens als die opengaat.
    Om vijf uur ben je thuis, schor en leeggedanst, en je valt in je kleren in slaap. Het werkt. Zolang de slaap duurt, ongeveer.
-
-> sunday

= gave_week
Zaterdag zweef je. Dan 'wat een nacht x', en niets tot woensdagavond: 'sorry, gekkenhuis deze week. spreek je snel'.

{night_call.the_return:Je hebt het zelf gezegd, in het donker: de ene nacht dichtbij en de volgende ver weg, dat trekt je hart niet. En toen zei je: kom.|De ene nacht dichtbij, de volgende ver weg: precies wat je hart niet trekt. En toch zei je: kom maar.}

{p2_text_reply == "withdraw":Eva vraagt of je mee gaat wandelen, en je zegt dat je het druk hebt. Je doet al weken kortaf tegen haar; ze weet alleen dat je raar bent gaan doen.|Je wandelt met Eva, die niets van dat bericht weet. Jij kijkt om de vier minuten op je telefoon, en zij doet alsof ze het niet ziet.}

Donderdag kijk je steeds wanneer {hij()} het laatst online was.

* [Schrijf {hem()} niet. Let op wat het wachten met je doet, en schrijf dát op #step: ground]
    ~ step_ground(1)
    Je schrijft op hoe het wachten voelt. Strakke kaken. Koude handen. Iets in je borst dat voortdurend naar voren leunt, als een hond bij de deur.
    Het houdt het niet tegen. Maar op papier is het een stukje kleiner dan jij, in plaats van andersom.
* (gw_write) [Schrijf wel. Iets luchtigs. Iets waar helemaal geen vraag in zit. #step: pursue]
    ~ step_pursue(1)
    Je stuurt {hem()} een filmpje van een kat die van een bank valt. Geen woorden. Niets wat {hij()} ook maar enigszins als een claim kan opvatten.
    Negen uur later: 'haha'. Je leest die vier letters zoals geleerden oude handschriften lezen: op toon.
* [Zeg tegen Noor, hardop, dat je er klaar mee bent. Zet {hem()} op stil. #step: withdraw]
    ~ step_withdraw(1)
    'Ik ben er klaar mee,' zeg je tegen Noor, zo hard dat het tafeltje naast jullie opkijkt. 'Geen dichtbij en ver weg meer.' Je zet {hem()} waar ze bij is op stil, met een zwierig gebaar, als een goochelaar.
    Noor applaudisseert, langzaam, en gelooft je ook niet.
-
-> sunday

= sunday
~ temp on_the_step = false
// phase-local from here on: cleared so the explorer can merge states (see common/phase2.ink)
~ p2_text_reply = ""
Zondagavond wordt er geklopt, twee keer en dan één. # sfx: knock

{Hij()} staat op de overloop met een tas prei en paddenstoelen voor zich als een schild. 'Ik zou toch een keer voor je koken. Dus. Als je me laat.'

De eerste belofte van {hem()} die je ooit hebt zien aankomen, met paddenstoelen.

{p2_night_held():De hele week heeft {hij()} het blijven proberen, en de hele week {the_week.held_week.hw_heart:heeft jouw nee standgehouden, op één klein hartje na|heb jij je nee volgehouden}. Nu staat het naast je in de deuropening.|{the_week.gave_week.gw_write:'haha' was het laatste woord, en nu staat {hij()} hier, alsof vier letters een vorm van hofmakerij waren.|Je had {hem()} niet verwacht. Op het moment dat jij ophield met leunen, kwam {hij()}.}}

Je maag draait zich langzaam om. Die weet iets wat je gezicht nog niet weet. # body: stomach

* [Houd de deur half open. Praat hier, op de drempel. #step: ground #locked: {pull_strong()} #why: De kou van buiten die aan {zijn()} jas hangt is al half de gang in, en jij ook.]
    ~ step_ground(2)
    {p2_night_held():
        ~ boundary_held()
    }
    ~ on_the_step = true
    Je leunt tegen de deurpost, {hij()} blijft op de overloop staan, en jullie kijken allebei naar de drempel, alsof iemand daar een streep heeft geschilderd.
    'Ik zeg geen nee tegen eten,' zeg je. 'Ik zeg dat ik niet terugga naar hoe het was. Geen dichtbij-en-dan-ver-weg. Ook niet met paddenstoelen.'
    {Hij()} lacht, en dan niet meer. {Hij()} zet de tas neer tegen de muur.
* [Zeg {hem()} de waarheid: dat je {hem()} elk uur gemist hebt, en dat je toch niet teruggaat naar hoe het was #step: ground #locked: {walls_up()} #why: De muur die je deze week hebt gebouwd is het enige wat je overeind houdt, en er kan geen steen uit.]
    ~ step_ground(2)
    {p2_night_held():
        ~ boundary_held()
    }
    ~ on_the_step = true
    'Ik heb je gemist,' zeg je. 'Elk uur. En ik ga nog steeds niet terug naar hoe het was. Allebei tegelijk.'
    Het kost je je dekking. {Hij()} kijkt je aan alsof je {hem()} iets breekbaars in handen hebt gedrukt en {hij()} nergens weet waar {hij()} het neer moet zetten.
* [Doe een stap achteruit en laat {hem()} binnen #step: pursue]
    ~ step_pursue(2)
    {p2_night_held():
        ~ boundary_given_up()
    }
    Je doet een stap achteruit. Natuurlijk. {Hij()} komt binnen op een vlaag kou, prei en aftershave, en de week sluit zich achter {hem()} als water.
    De risotto is aan de bodem aangebrand en het lekkerste wat je dit jaar gegeten hebt. Je zit op het aanrecht en kijkt hoe {hij()} kookt, en het zeurende gevoel in je borst wordt warm en zwaar.
-
{on_the_step:{Hij()} kijkt een hele tijd naar de vloer van de overloop. Dan op.|Later, op de bank, met {zijn()} hoofd op je schoot, wordt {hij()} stil. Dan kijkt {hij()} op.}

'Ik ben verliefd op je,' zegt {ie()}. 'Volgens mij al sinds dat feest. Ik word er doodsbang van.'

Daar is het. En vlak daarachter stijgt een vraag in je keel: wat zijn wij dan? # body: throat

* [Zeg het: je wilt een relatie. Geen brokstukken. En laat {hem()} antwoorden. #step: ground #locked: {pull_strong()} #why: Als je om meer vraagt, raak je misschien ook dit kwijt, en dit is het eerste warme in een week.]
    ~ step_ground(2)
    ~ p2_wish = "spoken"
    'Ik wil een relatie,' zeg je. 'Een echte. Niet nachten en dan stilte. Als je dat niet kunt, hoor ik het liever nu.'
    {Hij()} is zo lang stil dat je de koelkast hoort zoemen. {Zijn()} ogen gaan even naar een deur die alleen {hij()} kan zien. Dan komt {hij()} terug.
    'Oké. Ja. Ik weet niet of ik er goed in ben.' {Zijn()} handpalm is klam in de jouwe. 'Maar ik wil het proberen.'
    Geen van jullie weet of {hij()} het kan. Maar het is gezegd, door jullie allebei. Je gelooft {hem()} op {zijn()} woord, en let voortaan ook een beetje op {zijn()} voeten.
* [Slik het in. Beter iets dan niets. #step: pursue]
    ~ step_pursue(2)
    ~ p2_wish = "swallowed"
    Je slikt het in, als een pil zonder water. Wat jij wilt zou {hem()} weleens kunnen wegjagen, en waar sta je dan?
    'Ik ook,' zeg je, en dat is waar, en je zoent {hem()}, en je zet je wens ergens achterin, achter de jassen, waar bezoek het niet ziet.
    Beter iets dan niets. Je zegt het twee keer tegen jezelf, voor de zekerheid. Je hoort Noors wenkbrauwen bijna omhooggaan.
* [Haal je schouders op, vóór {hij()} het kan doen. 'Laten we er geen naam aan geven.' #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_wish = "hidden"
    'Laten we er niks groots van maken,' zeg je, en je haalt je schouders op, voordat {hij()} het kan doen. 'Geen etiketten. We zien wel.'
    {Hij()} kijkt opgelucht, onverholen opgelucht, en kust je knokkels, en die opluchting doet meer pijn dan alles wat {hij()} had kunnen zeggen.
    Je hebt niets gevraagd, dus niemand kan nee zeggen. Het voelt als winnen, zoals je adem inhouden voelt als zwemmen.
-
{
- p2_wish == "spoken":
    Later, alleen, laat je de blauwe tandenborstel precies staan waar hij staat. Niet als hoop. Als een vraag die hardop is gesteld.
- p2_wish == "swallowed":
    Later valt {hij()} naast je in slaap, en je luistert naar jullie ademhaling, die niet gelijk loopt, en maakt jezelf wijs dat het bijna hetzelfde ritme is.
- else:
    Later, alleen, was je de twee glazen af en zet je ze ondersteboven op het rek, naast elkaar, zonder dat ze elkaar raken.
}

En zo danst de dans verder. # pause: 2
-> cafe
