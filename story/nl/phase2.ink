// Fase 2 — Dansen met tegenstrijdige passen.
// text_message · confession · night_call · the_week

=== text_message ===
# phase: 2
# scene: home
Drie weken. Je telt al lang niet meer in dagen. Je telt in nachten: de nachten met {hem()}, en de nachten ertussen, die er alleen zijn om doorheen te komen.

Je huis is stilletjes overgelopen. In het glas op de wastafel staat een tweede tandenborstel, een blauwe van de nachtapotheek, om twee uur 's nachts gekocht omdat {hij()} poetsen met een vinger barbaars vond. Over de rugleuning van je stoel hangt {zijn()} trui. Je hebt hem niet gewassen. Eén keer, toen echt niemand het kon zien, heb je hem aangetrokken.

Op je werk betrap je jezelf erop dat je naar een spreadsheet zit te glimlachen. Noor zegt dat je eruitziet alsof iemand je een geheim heeft verteld. 'Pas je wel op?' vraagt ze, op de toon die ze bewaart voor oesters en oud-collega's, en je lacht, want oppassen is iets voor andere mensen.

Eergisteren, in het donker, liet {hij()} een vinger langs je sleutelbeen glijden en zei dat {hij()} nog nooit met iemand zo had gepraat als met jou. Je geloofde {hem()}. Dat doe je nog steeds. Onthoud dat, straks.

Donderdagavond. Pastawater op het vuur, het keukenraam beslagen, het nummer van het feest zachtjes uit het speakertje. Je vraagt je af of het krankzinnig is om {hem()} mee te vragen naar de bruiloft van je nicht in juni. Dat is het. Het is nog maanden weg. Je gaat het toch vragen.

Op het aanrecht licht je telefoon op. {partner_name}. Je borst maakt zijn kleine, domme sprongetje nog voor je één woord gelezen hebt. # sfx: sms

'hee. moet even eerlijk tegen je zijn. volgens mij vind ik eva best leuk eigenlijk. wilde niet dat je het van een ander zou horen. is dat ok? x'

Je leest het. De woorden zijn kort en gewoon, en ze weigeren een betekenis te worden.

Eva. Jouw Eva. Eva van de lange zondagwandelingen, Eva die al zes jaar met Jonas samenwoont, Eva die {hem()} precies één keer heeft ontmoet, op je verjaardagsborrel, en het bij de kapstok tien minuten met {hem()} over fietsen had.

Achter je kookt de pan over, sissend. Je draait je niet om.

* [Lees het nog eens. En nog eens. Er moet een manier zijn om het te lezen waarin het iets anders betekent. #step: pursue]
    ~ step_pursue(1)
    Je leest het elf keer. Je probeert het met verschillende stemmen: als grap, dronken, als test. Je scrolt terug door drie weken berichten, op zoek naar de plek waar het kantelde, de zin waarbij je het had moeten zien. Je vindt alleen hartjes, een foto van {zijn()} voeten naast de jouwe op een vensterbank, en het woord 'morgen?', steeds weer.
    Dat kruisje aan het eind is het ergste. Zo sluit {hij()} af als {hij()} lief doet.
* [Leg de telefoon omgekeerd neer. Zet het gas uit. Blijf staan en laat het binnenkomen. #step: ground]
    ~ step_ground(1)
    Je draait de telefoon om, zet het vuur uit en blijft midden in de keuken staan, je handen plat op het aanrecht. De damp ruikt naar zetmeel en zout. Je legt jezelf nog niets uit. Je voelt alleen hoe het aankomt, zoals je voelt dat een lift een verdieping te snel zakt.
    Het gaat onder je ribben naar binnen, koud en precies. Je knieën willen knikken. Je laat ze, en gaat op de tegels zitten met je rug tegen het keukenkastje.
* [Verwijder het. Verwijder het hele gesprek. #step: withdraw]
    ~ step_withdraw(1)
    Selecteren. Chat verwijderen. Weet je het zeker? Ja. Drie weken hartjes en vensterbanken weg in de tijd van één knippering, en het scherm toont weer het logo van je bank en een herinnering aan de tandarts.
    Het voelt een seconde of vier schoon. Dan merk je dat je elk woord nog ziet staan, aan de binnenkant van je oogleden, het kruisje incluis.
-
Je hart doet iets wat je kent van lang geleden. Het breekt niet. Het slaat dicht, als een deur in de tocht, en het hele huis trilt ervan na. # body: heart

Het klopt niet. Daar blijf je omheen cirkelen. Eergisteren zit nog op je huid. Je krijgt die twee dingen niet naast elkaar, die vinger op je sleutelbeen en dat kruisje, zonder dat ze van twee verschillende mensen lijken te komen.

En dan, ergens rond de derde keer dat je het woord Eva denkt, snap je het. Eva is veilig. Eva gaat elke avond naar huis, naar Jonas. Eva is een raam waar {partner_name} door kan kijken zonder enig risico dat iemand het ooit openzet.

Jij bent het gevaar. Niet omdat je iets fout hebt gedaan. Omdat je er bent. Omdat je ja hebt gezegd, helemaal, zonder rem. Omdat je beschikbaar bent.

Je kent die truc. Je hebt hem zelf jarenlang gespeeld, van de andere kant: de mensen die al bezet waren, de mensen die in een andere stad woonden, de mensen die zeiden 'ik zit niet echt in een fase voor iets serieus' en van wie je juist daarom hield. Nu zie je het kompas van een ander wegdraaien van de deur die openstaat, naar een deur die dicht is.

De telefoon wacht nog steeds. Er wordt een antwoord verwacht. Je zou er honderd kunnen schrijven.

* [Zeg {hem()} dat je doorhebt wat {hij()} doet, en dat je afstand neemt #step: ground #locked: {pull_strong()} #why: Je duimen willen alsjeblieft typen voor ze iets anders kunnen typen.]
    ~ step_ground(2)
    ~ p2_text_reply = "ground"
    Je schrijft het vier keer. De eerste versie is woedend, de tweede smekend, de derde zo kalm dat het op een ontslagbrief lijkt. De vierde houd je.
    'Ik denk dat je bang bent geworden, en dat je het nu op Eva richt omdat dat veilig is. Ik ga niet met haar om jou strijden. Ik neem wat afstand.'
    Je drukt op verzenden en legt de telefoon in de broodtrommel, wat een rare plek is, maar het is het verste ding in de kamer.
    Onder de pijn zit een rust die je eerst niet herkent. Dan wel. Het is het gevoel dat je deze keer geen jaren weggeeft. Niet eens maanden. Drie weken, en een tandenborstel.
* [Leg het uit. Vraag wat je verkeerd hebt gedaan. Vraag of jullie vanavond kunnen praten, alsjeblieft #step: pursue]
    ~ step_pursue(2)
    ~ p2_text_reply = "pursue"
    'heb ik iets gedaan?' Verzenden. 'we hoeven er niks groots van te maken, ik wil het gewoon snappen.' Verzenden. 'ik ben niet boos.' Verzenden. Of dat klopt, weet je niet zeker. 'ik kan ook even langskomen als je wil, gewoon om te praten.' Verzenden.
    Twee grijze vinkjes worden blauw. Drie puntjes verschijnen, verdwijnen, verschijnen. Je staat over de telefoon gebogen als iemand die op rijzend deeg wacht.
    Om twaalf voor twaalf: 'maak je niet druk oké. laten we het niet zwaar maken. x'
    Zwaar. Je kijkt naar het woord tot het geen woord meer is, en je stuurt een duimpje terug, en je haat dat duimpje, en je haat jezelf om dat duimpje.
* [Word ijskoud. Laat {hem()} maar in het ongewisse. Of stuur één zin die prikt #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_text_reply = "withdraw"
    Je typt: 'Succes. Ze woont samen, maar dat is natuurlijk juist het leuke.' Verzenden. Dan zet je {hem()} op stil, leg je de telefoon in de la bij de bezorgfolders en duw je die dicht met je heup.
    Een minuut of elf voelt dat als macht. Je eet staand. Je zet harde muziek op, niet het nummer van het feest. Jij bent iemand die niet op berichtjes zit te wachten.
    In minuut twaalf trek je de la open, alleen om te kijken of het geluid echt uit staat.
-
{p2_text_reply == "pursue":Je eet de pasta toch, te gaar en zonder zout, leunend tegen het aanrecht, met de telefoon open naast je bord, waar je hem kunt zien.|Je eet de pasta toch, te gaar en zonder zout, leunend tegen het aanrecht. Het smaakt nergens naar. Je eet alles op.}
-> confession

=== confession ===
# scene: bar
Tien dagen.
{
- p2_text_reply == "ground":
    Tien hele dagen heb je je woord aan jezelf gehouden. {Hij()} antwoordde één keer, 'ok. terecht', en daarna niets meer, en je was bijna trots op hoe weinig je keek. Bijna.
- p2_text_reply == "pursue":
    Je hebt ze gebruikt om het klein te houden. Je stuurde nog drie berichtjes, elk luchtiger dan het vorige, grapjes waar de pijn af geschuurd was. Op één ervan kwam antwoord, een lachend gezichtje, een dag te laat.
- else:
    Stilte, en die stilte heb je zelf gemaakt. Overdag lag de telefoon in de la, 's nachts onder je kussen. {Hij()} schreef twee keer, eerst alleen een vraagteken, toen 'kunnen we praten?', en je hebt op geen van beide gereageerd. Elk onbeantwoord bericht voelde als een munt in je broekzak waar je steeds even aan zat.
}

Het is Noors verjaardag, in het café aan de gracht: laag plafond, natte jassen, kaarsen in wijnflessen gepropt, een hond die onder de verwarming ligt te slapen alsof niets ter wereld ooit hard genoeg kan worden om hem wakker te krijgen. Noor heeft iedereen verteld dat verdriet vanavond verboden is, en keek jou erbij aan.

Je zit aan je tweede glas van iets roods dat net te warm is. Het gaat prima, zeg je tegen jezelf. Je lacht zelfs, om een verhaal over Noors bovenbuurvrouw en een papegaai, als de deur opengaat en de kou naar binnen komt, en met de kou: {hij()}.

Je kijkt niet. Dat hoeft ook niet. Alle haartjes op je armen staan al richting de deur.

{Hij()} ziet je meteen. Je weet het omdat de ruimte een beetje kantelt, net als op het feest. {Hij()} zegt iets tegen degene met wie {hij()} binnenkwam en begint zich een weg door de menigte te banen. Naar jou toe.

* [Blijf naar Noor luisteren. Als {hij()} wil praten, komt {hij()} maar helemaal hierheen. #step: ground]
    ~ step_ground(1)
    Je houdt je ogen op Noor. De papegaai, blijkt, vloekt alleen in het Portugees. Je lacht op het goede moment en meent er ongeveer de helft van, en je voelt {hem()} dichterbij komen zoals je onweer voelt aankomen.
    Je loopt niet naar {hem()} toe. Je loopt ook niet weg. Je laat {hem()} elke stap van die laatste tien zelf zetten.
* [Draai je naar {hem()} toe. Kom {hem()} halverwege tegemoet, met al een halve glimlach. #step: pursue]
    ~ step_pursue(1)
    Je lijf is al in beweging voor je iets besloten hebt. Je zet je glas neer en stapt langs Noors schouder, en daar sta je dan, halverwege de zaak, met op je gezicht de glimlach die je voor later had willen bewaren.
    {Hij()} ziet het. Er ontspant iets in {zijn()} schouders.
* [Draai {hem()} je rug toe. Lach net iets te hard om iets wat niemand zei. #step: withdraw]
    ~ step_withdraw(1)
    Je draait je zo dat {hij()} tegen je schouderbladen aankijkt. Je lacht, te schel, om niets in het bijzonder; Noor werpt je een blik toe waaruit blijkt dat ze precies hoort wat je aan het doen bent. Je bestudeert het kaarsvet alsof daar het geheim van het heelal in zit.
    Het kost {hem()} geen enkele moeite. Een aanraking bij je elleboog, licht als een vraag.
-
'Hoi,' zegt {ie()}. En dan, dichterbij, onder de muziek door: 'Mag ik je één minuutje lenen? Eentje maar. Je mag klokken.'

Hier is {hij()} goed in, altijd al geweest: dat scheve halve lachje, dat net iets te dichtbij staan, die warme hand die je nét niet aanraakt. {Hij()} ziet er moe uit. Alsof {hij()} slecht geslapen heeft, en je schaamt je voor hoe fijn je dat vindt.

Bij de kapstok, in de tocht van de deur, zegt {ie()} dat dat bericht stom was. Dat {hij()} er elke dag spijt van heeft gehad. Dat het nooit om Eva ging, niet echt; Eva was gewoon de eerste naam die {hij()} te pakken had.

Dan buigt {hij()} zich naar je toe tot {zijn()} mond naast je oor is, en {zijn()} stem zakt tot bijna niets. 'Jij prikt dwars door me heen, hè. Altijd al.' Een ademhaling. 'Ik heb wel gevoelens voor je. Dat is het hele probleem. Ik ben gewoon bang. Ik schrok, en toen deed ik het domste wat ik kon bedenken.'

Ergens binnen in je klimt een klein stemmetje op een stoel en roept: zie je wel! Zie je wel, zie je wel. Het is bijna gênant hoe hard het roept. Het wil dansen.

Gevleid. Gerustgesteld. Voor het eerst in tien dagen weer vaste grond onder je voeten. En onder dat alles een flakkering van de woede die je zo zorgvuldig brandend had gehouden, het enige waar je zeker van was.

Je probeert je eraan vast te houden. 'Ik voelde me een idioot door jou,' zeg je.

'Weet ik. Je hebt gelijk. Het was laf.' {Hij()} spreekt je niet tegen, legt niets uit, maakt het niet kleiner. {Hij()} neemt alles op zich: de schuld, het bericht, de tien dagen. 'Wees zo boos als je wilt. Ik heb het allemaal verdiend.'

En daar zit het probleem. Woede heeft iets nodig om tegenaan te duwen, en {hij()} is opzij gestapt. De jouwe schiet dwars door de plek waar {hij()} net nog stond en landt, zachtjes, nergens.

Onder de warmte blijft er iets in je maag heel stil liggen, zoals een dier in hoog gras verstijft als er ergens een takje knapt. # body: stomach

* [Zeg dat je {hem()} gelooft, en dat je juist dáárom afstand houdt: omdat {hij()} bang is #step: ground #locked: {pull_strong()} #why: Het stemmetje dat zie je wel roept is zo luid dat je het zachte stemmetje eronder niet meer hoort.]
    ~ step_ground(2)
    ~ p2_confession = "held"
    {p2_said_no():
        ~ boundary_held()
    }
    'Ik geloof je,' zeg je. 'Ik denk echt dat je bang bent. Daarom houd ik ook afstand. Ik ga niet de persoon zijn op wie jij je angst loopt te oefenen.'
    {Hij()} leunt ver genoeg achterover om je goed aan te kijken. Heel even ziet {hij()} er bijna opgelucht uit, zoals mensen eruitzien als iemand eindelijk hardop zegt wat er is. Dan glimlacht {hij()} scheef en knikt.
    'Terecht,' zegt {ie()}. 'Ik zou ook afstand van mezelf houden.'
    Het is ondraaglijk hoe leuk je {hem()} vindt om die zin. Je gaat terug naar Noor. Je handen trillen, en je voeten, merk je, staan heel stevig op de vloer.
* [Laat de boosheid los. Laat je naar {hem()} toe trekken. #step: pursue]
    ~ step_pursue(2)
    ~ p2_confession = "melted"
    {p2_said_no():
        ~ boundary_given_up()
    }
    De boosheid gaat uit als een lucifer in de tocht. Je voelt haar niet eens weggaan; het ene moment is ze er nog, het volgende ligt {zijn()} voorhoofd tegen het jouwe en zegt {ie()} je naam alsof het een excuus is, en laat je {hem()} begaan.
    Over {zijn()} schouder vang je Noors blik. Ze trekt één wenkbrauw precies één millimeter op. Jij kijkt als eerste weg.
    Jullie vertrekken samen, nog voor de taart. Op de brug steekt {hij()} {zijn()} hand in de achterzak van je spijkerbroek, zoals vroeger. Alsof er niets gebeurd is.
* {not p2_said_no()} [Glimlach allerliefst, zeg één ding dat snijdt, en laat {hem()} daar staan #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_confession = "cut"
    'Joh, zit er niet mee,' zeg je, met je liefste glimlach. 'Echt niet. Ik heb wel erger meegemaakt van mensen die ik leuker vond.' En je loopt naar de bar en bestelt iets wat je niet wilt.
    Bij het afrekenen trillen je handen. Als je durft om te kijken, staat {hij()} nog steeds bij de jassen, precies waar je {hem()} achterliet, en kijkt {hij()} naar je zoals {hij()} op het feest naar je keek.
    Dat is nog het ergste. Het werkt. Het werkt altijd, weglopen.
-
{
- p2_confession == "held":
    Je gaat niet met {hem()} mee naar huis. Maar op de terugweg, alleen, met je sjaal voor je mond tegen de wind van het water, merk je dat je het dossier ook niet hebt gesloten. Het ligt op je binnenste bureau, opengeslagen bij de laatste bladzijde. Nog niet afgehandeld.
- p2_confession == "melted":
    {p2_said_no():Later, in {zijn()} bed, met het licht van de straatlantaarn in strepen op het plafond, denk je aan jezelf van tien dagen terug, die de afstand nam en nu met de armen over elkaar in de deuropening van je hoofd staat. Het was alleen je hoofd dat toen besliste. De rest van je stond gewoon te wachten tot {hij()} terug zou komen.|Later, in {zijn()} bed, met het licht van de straatlantaarn in strepen op het plafond, lig je wakker en luister je naar {zijn()} ademhaling. Je hebt gekregen waar je om smeekte. Het voelt precies als opluchting, en een beetje als verliezen.}
- else:
    Je blijft tot de taart, en zingt mee, en Noor blaast alle dertig kaarsjes in één keer uit. {Hij()} gaat voor het einde weg. Je maakt jezelf wijs dat je {hem()} niet hebt nagekeken.
}

'Gaat het?' vraagt Noor bij de deur, terwijl ze je jas voor je dichtknoopt alsof je zeven bent. Ze wacht het automatische antwoord niet af. Ze kijkt alleen.

* [Zeg haar eerlijk dat je niet weet wat je aan het doen bent, en dat je daar een beetje van schrikt #step: ground]
    ~ step_ground(1)
    'Ik weet niet wat ik aan het doen ben,' zeg je. 'Dat is het eerlijke antwoord. En ik schrik er een beetje van, hoe weinig ik het weet.'
    Noor knikt langzaam, alsof je eindelijk iets zegt in een taal die zij spreekt. 'Mooi,' zegt ze. 'Dat is een begin.' Ze geeft je een zoen op je wang. 'App me als je thuis bent. Niet {hem()}. Mij.'
* [Vraag haar of zij denkt dat {hij()} het meende. Echt meende #step: pursue]
    ~ step_pursue(1)
    'Denk jij dat {hij()} het meende?' vraag je. 'Dat van dat bang zijn. Denk je dat het echt is?'
    Noor is even stil. 'Ik denk dat {hij()} alles meent wat {hij()} zegt, zolang {hij()} het zegt,' zegt ze. 'Dat is juist wat me zorgen baart.' Jij hoort alleen de eerste helft. Je draagt die mee naar huis als een warme steen in je zak.
* [Zeg dat het geweldig gaat. Echt. Nooit beter. #step: withdraw]
    ~ step_withdraw(1)
    'Geweldig,' zeg je. 'Echt. Nooit beter geweest. Gefeliciteerd, ouwe taart.'
    Noor laat het gaan, omdat het haar verjaardag is en omdat ze van je houdt. Maar ze houdt je mouw een tel langer vast dan nodig is, en dat voel je de hele weg naar huis.
-
Niet klaar dus, dit hier. Nog niet. Een koppig stuk van jou heeft de hele zaak bekeken, de mouwen opgestroopt en besloten dat er nog werk aan de winkel is.
-> night_call

=== night_call ===
# scene: bar
Daarna lopen de weken in elkaar over.
{
- p2_confession == "held":
    Je houdt afstand. Min of meer. Dat 'min of meer' doet nogal wat werk in die zin. Je ziet {hem()} in het café, bij Noor, één keer per ongeluk op de markt, waar {hij()} je sinaasappels naar je fiets droeg. Twee keer belanden jullie toch samen in bed, en allebei de keren leg je dat in het laatje ongelukjes.
- p2_confession == "melted":
    De goede nachten zijn heel goed: {zijn()} lach in het donker, koude voeten, ontbijt om drie uur 's middags. Tussen de goede nachten in valt de telefoon soms dagen stil, en je leert die stilte zelf op te vullen, met berichtjes, linkjes, een foto van een hond die op {hem()} lijkt.
- else:
    Na Noors verjaardag schrijft {hij()} vaker dan ooit. Grappige dingen, 's avonds laat. Een liedje. 'moet nog steeds aan je gezicht denken toen je wegliep.' Jouw kou heeft {hem()} warm gemaakt; je ziet het zoals je een speling van het licht ziet, en je laat het werken. Algauw ben je terug waar je was, op een tandenborstel na.
}
// phase-local: not needed after this point (lets the explorer merge states)
~ p2_confession = ""

Vrijdag, weer het café aan de gracht, het lome uur na middernacht. De barman is begonnen aan het trage ritueel van het sluiten: krukken met de poten omhoog op de tafels, de goede muziek uit en de slechte aan, een theedoek over zijn schouder als een witte vlag.

{Hij()} zwalkt naar jouw kant van de bar en komt naast je hangen, {zijn()} schouder bijna tegen de jouwe. {Hij()} ruikt naar koude buitenlucht en de sigaret van een ander.

'Ik was nog van plan je te bellen, hoor,' zegt {ie()}. 'Dinsdag. Om te vragen hoe het met je ging.'

Van plan. Die ken je. Er bestaat een heel museum van dingen die {hij()} van plan was: het telefoontje, de film, het weekend aan zee, die keer dat {hij()} voor je zou koken. Stuk voor stuk prachtig uitgelicht. Niets waar je echt aan kunt komen.

* ['Maar je deed het niet,' zeg je. Luchtig. Gewoon een feit, neergelegd op de bar tussen jullie in. #step: ground]
    ~ step_ground(1)
    'Maar je deed het niet,' zeg je. Niet boos. Je legt het tussen jullie neer op de bar, als een bierviltje.
    {Hij()} knippert met {zijn()} ogen en lacht dan, betrapt en er bijna blij mee. 'Nee,' geeft {ie()} toe. 'Klopt. Ik ben vreselijk.' En {hij()} kijkt je een tel langer aan dan daarnet, alsof je een stukje in het licht bent opgeschoven.
* ['Wat lief. Het gaat goed. Heel goed zelfs. En met jou?' #step: pursue]
    ~ step_pursue(1)
    'Wat lief,' zeg je, en je meent het, en daar zit hem de kneep. Je geeft {hem()} de volle eer voor een telefoontje dat nooit gepleegd is, en dan vertel je uitgebreid hoe het met je gaat, alsof {hij()} toch gebeld heeft.
    {Hij()} luistert en knikt, en zolang jouw antwoord duurt is {hij()} precies de goede. Je voelt het voornemen om je heen vallen als een jas, en je kijkt niet of er iemand in zit.
* ['O ja? Was me niet opgevallen.' #step: withdraw]
    ~ step_withdraw(1)
    'O ja?' Je houdt je ogen op de theedoek van de barman. 'Was me niet opgevallen.'
    Het komt aan. Je ziet het aankomen. {Hij()} lacht, net iets te laat, en schuift een halve stap dichterbij, alsof de temperatuur gezakt is en jij de enige kachel in de zaak bent.
-
En dan is het er weer, dat wat er altijd tussen jullie is als er mensen bij zijn. {Hij()} pikt een olijfje van je schoteltje. Jij geeft {hem()} een por met je knie. {Hij()} vertelt een waardeloze mop en je lacht al voor de clou, en {hij()} doet alsof {hij()} beledigd is, en een tijdlang zoemt de lucht om jullie heen bijna hoorbaar.

De barman lacht naar jullie zoals mensen naar stelletjes lachen. Wie toekijkt, zou zeggen: kijk die twee. Niemand kijkt naar het andere deel. Niemand ziet de vier dagen na zo'n avond, als je telefoon als een steen op tafel ligt en je niet meer weet of je hem wel mag oppakken.

Het is tien voor een. Om twee uur gaat de zaak dicht. {Hij()} vertelt een verhaal over {zijn()} broer en een geleend busje, en {zijn()} hand is op de bar komen te liggen, een centimeter van de jouwe, en je weet precies hoe deze nacht gaat als je blijft.

Je adem zit hoog en snel. Je lijf kent dit uur, en weet wat het achteraf kost. # body: breath

* [Zeg dat je naar huis gaat. Nu, voor de laatste ronde. #step: ground #locked: {pull_strong()} #why: Die centimeter tussen jullie handen is het enige in de hele zaak wat je nog voelt.]
    ~ step_ground(2)
    ~ p2_left = "said"
    'Ik ga naar huis,' zeg je, en je pakt je jas.
    {Hij()} stopt midden in het busjesverhaal. {Hij()} kijkt je aan, echt, en je ziet {hem()} je gezicht afzoeken naar het haakje: de aarzeling, het 'tenzij...', de uitnodiging die in het afscheid verstopt zit. {Hij()} zoekt ernaar zoals je je zakken afklopt op zoek naar je sleutels.
    Er is geen haakje. Je meent het echt. Je geeft {hem()} een zoen op {zijn()} wang, zoals je iedereen een zoen zou geven, en stapt naar buiten, de kou in, die schoon en scherp is en naar het water ruikt, en je loopt harder naar huis dan nodig is, grijnzend naar niets.
* [Blijf. Blijf tot de grote lampen aangaan, je weet maar nooit. #step: pursue]
    ~ step_pursue(2)
    ~ p2_left = "stayed"
    Je blijft. Natuurlijk blijf je. Je blijft tot na de laatste ronde en de ronde na de laatste ronde, en het nadrukkelijke vegen van de barman, en het moment dat de tl-buizen aanfloepen en iedereen opeens op een pasfoto van zichzelf lijkt.
    Bij de deur staan {zijn()} vrienden te wachten, luidruchtig, op weg naar een volgende plek. {Hij()} zoent je mondhoek. 'Ik app je,' zegt {ie()}, en {hij()} gaat met hen de andere kant op, en jij blijft een tel langer op de stoep staan dan zin heeft.
    Om twintig over twee loop je alleen naar huis, je handen diep in je zakken, terwijl je in je hoofd het berichtje opstelt dat {hij()} je zo meteen gaat sturen.
* [Ga naar de wc en kom gewoon niet meer terug. Laat {hem()} de lege kruk maar vinden. #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_left = "slipped"
    Je zegt 'ben zo terug', plukt op weg naar de wc je jas van de haak alsof dat de gewoonste zaak van de wereld is, en loopt via de zijdeur de steeg in.
    Op de brug zoemt je telefoon. 'waar ben je??' En dan: 'hallo??' Je antwoordt niet. Je loopt harder, van binnenuit verlicht als een etalage, en je weet niet zeker of wat je voelt vrijheid is, of alleen het genot dat er naar je gezocht wordt.
-
-> the_call

= the_call
# scene: bedroom
{p2_left == "stayed":Het is kwart voor drie. Je ligt in bed met het licht uit en je telefoon op je kussen, waar hij niets te zoeken heeft. Geen bericht. Je hebt vier keer gekeken. Je hebt besloten, vastbesloten, te gaan slapen.|Het is net twee uur geweest. Je ligt in bed met het licht uit, nog wat bruisend van de kou en de wandeling, nog lang niet in slaap. De verwarming tikt terwijl ze afkoelt.}
~ p2_left = ""

De telefoon verlicht het hele plafond. {partner_name} belt. Geen bericht. Een telefoontje, op dit uur. # sfx: ring

'Hé.' {Zijn()} stem is laag en een beetje onscherp aan de randen, en daarachter hoor je wind en voetstappen; {hij()} loopt ergens. Misschien jouw kant op. 'Maak ik je wakker? Sorry. Ik wilde alleen...' Een stilte, een lachje om zichzelf. 'Mag ik nog langskomen?'

Je hart komt op gang als iemand die met twee treden tegelijk de trap op rent. Het kent deze trap. Het weet precies waar hij uitkomt, en precies hoe de overloop er over vier dagen uitziet. # body: heart

* [Zeg nee. En zeg waarom. #step: ground #locked: {pull_strong()} #why: {Zijn()} stem is al bij je in de kamer, en de helft van je heeft de deur al van het slot gedaan.]
    ~ step_ground(2)
    'Nee,' zeg je.
    Jullie schrikken er allebei van. Je gaat rechtop zitten tegen het hoofdeinde. 'Niet omdat ik je hier niet wil hebben. Juist omdat ik dat wel wil. Mijn hart trekt dit niet: de ene nacht dichtbij en de volgende kilometers ver weg. Binnengelaten worden en dan weer buitengezet. Ik kan dat niet blijven doen.'
    Een lange stilte op de lijn, vol wind. Dan zegt {ie()}, heel zacht: 'Nee. Dat trekt geen enkel hart.'
    {Hij()} zegt het met zoveel medeleven. Alsof het over het weer gaat. Alsof het iets is wat mensen overkomt, en niet iets wat {hij()} zelf doet. Heel even ben je zo in de war dat je niet meer weet aan wiens kant {hij()} staat.
    {Zijn()} stem wordt nog zachter, en je keel sluit zich om het volgende woord heen, het makkelijke, het ja. # body: throat
    -> the_return
* [Zeg ja, voor je kunt nadenken #step: pursue]
    ~ step_pursue(2)
    ~ p2_night = "gave"
    'Ja,' zeg je, nog voor het woord langs je hersens is gekomen. 'Ja. Kom maar.'
    -> he_comes
* [Laat hem overgaan. Leg hem omgekeerd neer en kijk naar het plafond #step: withdraw]
    ~ step_withdraw(2)
    Je draait de telefoon om, gaat weer liggen en kijkt hoe het plafond aan de randen van het licht weer donker wordt. Hij gaat over, en over, en houdt op. De stilte daarna is enorm.
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
    'Kom,' zeg je. Alleen dat. Je hoort {hem()} aan de andere kant van de lijn uitademen, alsof {hij()} die adem al een week had ingehouden.
    -> he_comes

= rang_out
Anderhalve minuut. Hij gaat weer over. Je verroert je niet, en hij houdt op, en dan licht het scherm nog één keer op, met een bericht. 'ik weet dat je wakker bent. alsjeblieft.' En even later: 'ik mis je.'

Je adem wordt kort en snel, hoog in je borst, zoals altijd vlak voordat je iets doet wat je jezelf daarna een week lang moet uitleggen. # body: breath

* [Stuur drie woorden terug: 'Nee. Niet vannacht.' En leg de telefoon in een andere kamer #step: ground #locked: {pull_strong()} #why: Dat 'ik mis je' staat op het scherm als een hand die in het donker naar je wordt uitgestoken.]
    ~ step_ground(1)
    ~ boundary_held()
    ~ p2_night = "silent"
    Je typt het met één duim: 'Nee. Niet vannacht.' Je kijkt ernaar. Je zet er geen 'sorry' achter en geen kusje, al zweeft je duim boven allebei. Verzenden.
    Dan stap je uit bed, brengt de telefoon naar de keuken zoals je een kat 's nachts buiten zet, en legt hem op het aanrecht, omgekeerd, naast de broodtrommel.
    Als je terug in bed stapt, zijn de lakens koud geworden. Je ligt er en trilt een beetje, en het is geen verdriet. Het is eerder het trillen nadat je iets heel zwaars heel veel trappen op hebt gedragen, en het hebt neergezet.
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

Een hele tijd zegt {ie()} helemaal niets. Als {hij()} weer praat, is {zijn()} stem veranderd; de charme is eruit, en wat overblijft is kleiner en veel jonger.

'Ik weet het,' zegt {ie()}. 'Ik weet dat ik het doe. Ik weet niet waarom. Als het goed is met jou, gaat er iets in mij naar de nooduitgang zoeken. Een soort reflex.' Een ademhaling. 'Dat heb ik nog nooit tegen iemand gezegd. Ik ben niet eens dronken genoeg om het nu te zeggen.'

Zo open is {hij()} nog nooit tegen je geweest. Voor één keer hoor je de echte mens onder de voorstelling, en die echte mens is bang en teder en doodmoe. Het zou zo makkelijk zijn om te zeggen: kom dan. Kom hier, en wees samen met mij bang.

Je houdt de telefoon een stukje van je oor af, alsof dat zou helpen.

'Slaap lekker, {partner_name},' zeg je. 'Ik meen het.' En jij hangt als eerste op. Voor één keer in je leven hang jij als eerste op.

Daarna lig je daar, de telefoon warm op je borst, terwijl je hart tekeergaat als dat van een vogeltje. Iets in jou is over iets anders in jou heen geklommen. Je voelt je liggend groter dan je je staand ooit hebt gevoeld, en het is, dat valt niet te ontkennen, fantastisch.
-> the_week

= he_comes
Niet veel later staat {hij()} voor je deur, met koude handen en koude oren en een zak friet van de nachtsnackbar, en {hij()} houdt de zak omhoog als een vredesoffer, en jullie staan als twee idioten te lachen op de deurmat.

De nacht is zacht. De zachtste die jullie gehad hebben. {Hij()} neemt je gezicht in allebei {zijn()} handen en kijkt naar je alsof {hij()} je uit {zijn()} hoofd probeert te leren, en zegt je naam in je haar, en valt in slaap met één arm zwaar over je heen, als een autogordel.

Jij slaapt nog lang niet. Je ligt in het donker met {zijn()} adem op je schouder en denkt: zie je. Zie je nou? Zo is het als {hij()} niet meer bang is.

's Ochtends is {hij()} al aangekleed als je wakker wordt en zoekt {hij()} met grote toewijding naar {zijn()} andere sok. {Hij()} geeft je een kus op je voorhoofd. 'Werk,' zegt {ie()}. Het is zaterdag. De deur klikt in het slot, het huis loopt weer vol met zijn gewone stilte, en jij ligt heel stil te luisteren.
-> the_week

=== the_week ===
# scene: home
{p2_night_held():Het houdt precies een week stand.|Een week, deze keer. Zo lang duurt het voor de zachtheid is weggesleten.}
{p2_night_held():-> held_week|-> gave_week}

= held_week
De eerste dagen zijn verbluffend. Je wordt zaterdag wakker met een helder hoofd en lapt de ramen, binnen én buiten, wat je sinds je verhuizing niet meer hebt gedaan. Zondag fiets je met tegenwind naar zee en terug en kijk je onderweg geen enkele keer op je telefoon. Maandag zing je onder de douche. Vals, en hard, en met overgave.

Het is een kracht waarvan je vergeten was dat je hem had. Voor jezelf kiezen blijkt iets lichamelijks te zijn, als een goede houding, als uitgeslapen zijn. Je loopt anders. Bij de bakker vragen ze of je op vakantie bent geweest.

Woensdag, tijdens de lunch, een bericht. Een foto van het café aan de gracht, genomen vanaf jouw kant van de bar: de lege kruk, de theedoek, een half leeg glas. 'je kruk mist je. de rest van mij ook.' # sfx: sms

* [Lees het, voel wat het met je doet, en laat het zo. Nog geen antwoord. #step: ground]
    ~ step_ground(1)
    Je leest het twee keer en blijft er dan bij zitten, zoals je bij een hete kop thee blijft zitten tot hij te drinken is. Het doet veel. Het trekt aan je als een stroming rond je enkels. Je merkt de trek op, en je merkt op dat je nog steeds staat.
    Je antwoordt niet. Niet uit wrok. Gewoon omdat je nog geen eerlijk antwoord hebt, en je bent klaar met het versturen van de andere soort.
* (hw_heart) [Antwoord. Een beetje maar. Eén klein hartje. #step: pursue]
    ~ step_pursue(1)
    Eén hartje kan geen kwaad. Je stuurt het, en de opluchting gaat door je heen als de eerste hap van iets zoets.
    Binnen een minuut antwoordt {ie()}. '!!! mag ik je zien?' En dan moet je 'nog niet' typen, wat veel moeilijker is dan helemaal niet antwoorden, want nu staat de deur op een kier en leun je er van binnenuit tegenaan.
* [Archiveer het zonder het echt te openen. En het volgende ook. #step: withdraw]
    ~ step_withdraw(1)
    Je veegt het weg naar het archief, waar dingen heen gaan om niet te bestaan. 's Avonds komt er nog een. Die archiveer je ook, zonder verder te lezen dan 'ik moet steeds'.
    Elke keer geeft het je een klein, koud schokje voldoening, zoals drukken op een blauwe plek om te voelen of hij er nog zit.
-
Donderdag wandel je met Eva, de lange zondagroute op een donderdag, omdat zij een middag vrij heeft genomen. {p2_text_reply == "withdraw":Halverwege besef je dat je al weken kortaf tegen haar doet zonder te zeggen waarom, alsof het ook maar iets met haar te maken had. Ze heeft geen idee. Ze vertelt over de heup van Jonas' moeder, en je houdt haar arm iets steviger vast, als excuus voor iets waarvan zij niet weet dat het gebeurd is.|Ze weet niets van dat bericht. Je hebt het haar nooit verteld; het leek je niet eerlijk om het bij haar neer te leggen. Ze vertelt over de heup van Jonas' moeder, het licht valt schuin door de kale bomen, en je denkt: {partner_name} had op iedereen kunnen vallen, en koos precies degene die gegarandeerd een plaatje blijft.}

En dan, langzaam, naarmate de dagen verstrijken, komt het andere ook omhoog. Het kruipt van onderaf naar boven, als grondwater in een kelder. Wat als dit het was? Wat als {hij()} je op je woord heeft geloofd, en nu al, op dit eigenste moment, ergens warm zit met iemand die nergens om vraagt? De kracht gaat niet weg. De angst groeit gewoon mee, tot hij precies even groot is.

Vrijdagavond is hij reusachtig; hij ligt als een ingeslikte steen in je maag. Het is heel stil in huis. # body: stomach

De blauwe tandenborstel staat nog steeds in het glas.

* [Bel Noor en zeg het hardop: je bent bang dat je {hem()} voorgoed kwijt bent #step: ground]
    ~ step_ground(1)
    'Ik ben bang dat ik {hem()} kwijt ben,' zeg je tegen Noor. 'Voorgoed. En ik ben ook bang dat dat niet zo is.' Jullie moeten allebei lachen, omdat het belachelijk is en waar.
    Noor zegt niet wat je moet doen. Ze vertelt over haar week, laat je ademhalen, en aan het eind zegt ze: 'Het kan allebei waar zijn en dan kun je nog steeds gewoon naar bed.' Dus dat doe je.
* [Scrol tot drie uur 's nachts door {zijn()} foto's #step: pursue]
    ~ step_pursue(1)
    Je ligt op je zij en scrolt. {Hij()} op de vensterbank. {Hij()} die een gezicht trekt boven een te hete koffie. {Hij()} in slaap, een arm over {zijn()} ogen, een foto die je zonder te vragen nam en {hem()} nooit hebt laten zien. Je zoomt in op {zijn()} mond.
    Om drie uur stop je, omdat de batterij op vier procent staat, niet omdat je genoeg hebt gehad. Je ogen prikken. Vanuit de badkamer kijkt de tandenborstel je aan.
* [Ga uit. Dans met vreemden tot je helemaal niets meer voelt #step: withdraw]
    ~ step_withdraw(1)
    Je gaat stappen met mensen van je werk die je niet eens zo leuk vindt, en danst in een kelder tot je shirt aan je rug plakt en de bas het denken van je overneemt. Iemand trakteert je op een drankje. Je laat diegene praten, en knikt, en kijkt naar de deur telkens als die opengaat.
    Om vijf uur ben je thuis, schor en leeggedanst, en je valt in je kleren in slaap. Het werkt. Zolang de slaap duurt, ongeveer.
-
-> sunday

= gave_week
Zaterdag zweef je. Zondag zweef je al wat minder. Zondagavond stuurt {hij()} één bericht, 'wat een nacht x', en dan niets op maandag, en niets op dinsdag, en woensdagavond om elf uur: 'sorry, gekkenhuis deze week. spreek je snel'.

De ene nacht dichtbij, de volgende ver weg. {night_call.the_return:Je hebt het zelf nog gezegd, aan de telefoon, in het donker: dit trekt je hart niet. En toen zei je: kom.|Precies wat je hart volgens jou altijd al niet trok. En toch zei je: kom maar.}

{p2_text_reply == "withdraw":Donderdag vraagt Eva of je mee gaat wandelen, en je zegt dat je het druk hebt. Je doet al weken kortaf tegen haar, alsof dit allemaal haar schuld is. Ze weet niets van dat bericht. Ze weet alleen dat je raar bent gaan doen.|Donderdag wandel je met Eva, die niets van dat bericht weet en het ook nooit te weten zal komen. Ze vertelt over de heup van Jonas' moeder. Jij kijkt om de vier minuten op je telefoon, en zij doet alsof ze het niet ziet.}

Tegen donderdagavond controleer je hoe laat {hij()} voor het laatst online was zoals andere mensen het weerbericht bekijken voor een lange reis.

* [Schrijf {hem()} niet. Let op wat het wachten met je doet, en schrijf dát op #step: ground]
    ~ step_ground(1)
    Je pakt het schrift dat je al zo lang van plan bent te gebruiken en schrijft op hoe het wachten voelt. Strakke kaken. Koude handen. Iets in je borst dat voortdurend naar voren leunt, als een hond bij de deur.
    Het houdt het niet tegen. Maar het is vreemd: eenmaal op papier is het een stukje kleiner dan jij, in plaats van andersom.
* (gw_write) [Schrijf wel. Iets luchtigs. Iets waar helemaal geen vraag in zit. #step: pursue]
    ~ step_pursue(1)
    Je stuurt {hem()} een filmpje van een kat die van een bank valt. Geen woorden. Niets wat {hij()} ook maar enigszins als een claim kan opvatten.
    Negen uur later: 'haha'. Je leest die vier letters zoals geleerden oude handschriften lezen: op toon.
* [Zeg tegen Noor, hardop, dat je er klaar mee bent. Zet {hem()} op stil. #step: withdraw]
    ~ step_withdraw(1)
    'Ik ben er klaar mee,' zeg je tegen Noor, hardop, in een café, zodat de mensen aan het tafeltje naast jullie opkijken. 'Klaar. Ik doe niet meer aan dichtbij en ver weg.' Je zet {hem()} waar ze bij is op stil, met een zwierig gebaar, als een goochelaar.
    Noor applaudisseert, langzaam, en gelooft je ook niet.
-
-> sunday

= sunday
~ temp on_the_step = false
// phase-local from here on: cleared so the explorer can merge states (see common/phase2.ink)
~ p2_text_reply = ""
Zondagavond, even voor zevenen, wordt er op de deur geklopt. Niet de bel. Kloppen, dat ene klopje, twee keer en dan één. # sfx: knock

{Hij()} staat op de overloop met een boodschappentas voor zich als een schild: prei, een brok parmezaan, een fles wijn, een bakje bijzonder duur uitziende paddenstoelen. {Hij()} is naar de kapper geweest. {Hij()} kijkt zenuwachtig, en dat is nieuw.

'Ik zou toch voor je koken,' zegt {ie()}. 'Weet je nog? Eeuwen geleden. Ik zei dat ik het zou doen en ik heb het nooit gedaan.' {Hij()} tilt de tas een centimeter op. 'Dus. Bij dezen. Als je me laat.'

Het is de eerste belofte van {hem()} die je ooit echt hebt zien aankomen. Ze staat op je deurmat, met paddenstoelen.

{p2_night_held():De hele week heeft {hij()} het blijven proberen, en de hele week {the_week.held_week.hw_heart:heeft jouw nee standgehouden, op één klein hartje na|heb jij je nee volgehouden}, en daar staat het nu, dat nee, samen met jou in de deuropening, en jullie kijken allebei naar {hem()}.|{the_week.gave_week.gw_write:Je had {hem()} niet verwacht. 'haha' was het laatste woord, en nu staat {hij()} hier, alsof negen uur en vier letters een vorm van hofmakerij waren.|Je had {hem()} niet verwacht. Dat is het. Op het moment dat jij ophield met leunen, kwam {hij()}.}}

Je maag draait zich één keer langzaam om, als iemand die zich in de slaap omdraait. Hij weet iets wat je gezicht nog niet weet. # body: stomach

* [Houd de deur half open. Praat hier, op de drempel. #step: ground #locked: {pull_strong()} #why: De kou van buiten die aan {zijn()} jas hangt is al half de gang in, en jij ook.]
    ~ step_ground(2)
    {p2_night_held():
        ~ boundary_held()
    }
    ~ on_the_step = true
    Je doet geen stap achteruit. Je leunt tegen de deurpost, en {hij()} blijft op de overloop staan met {zijn()} boodschappen, en even kijken jullie er allebei alleen maar naar, naar die drempel, alsof iemand daar een streep heeft geschilderd.
    'Ik zeg geen nee tegen eten,' zeg je. 'Ik zeg dat ik niet terugga naar hoe het was. Dat dichtbij-en-dan-ver-weg kan ik niet. Ook niet met paddenstoelen.'
    {Hij()} lacht, en dan niet meer. {Hij()} zet de tas neer, voorzichtig, tegen de muur.
* [Zeg {hem()} de waarheid: dat je {hem()} elk uur gemist hebt, en dat je toch niet teruggaat naar hoe het was #step: ground #locked: {walls_up()} #why: De muur die je deze week hebt gebouwd is het enige wat je overeind houdt, en er kan geen steen uit.]
    ~ step_ground(2)
    {p2_night_held():
        ~ boundary_held()
    }
    ~ on_the_step = true
    'Ik heb je gemist,' zeg je. 'Elk uur. Ik ga niet doen alsof dat niet zo is.' Je houdt de deur waar hij is. 'En ik ga nog steeds niet terug naar hoe het was. Allebei. Tegelijk.'
    Het kost je iets om dat te zeggen. Je voelt precies wat: je dekking. {Hij()} kijkt je aan alsof je {hem()} iets breekbaars in handen hebt gedrukt en {hij()} geen idee heeft waar {hij()} het neer moet zetten.
* [Doe een stap achteruit en laat {hem()} binnen #step: pursue]
    ~ step_pursue(2)
    {p2_night_held():
        ~ boundary_given_up()
    }
    Je doet een stap achteruit. Natuurlijk doe je dat. {Hij()} komt binnen op een vlaag koude lucht, prei en aftershave, en zoent je in de gang terwijl de boodschappentas tegen je knieën bonkt, en de week sluit zich achter {hem()} als water.
    {Hij()} kookt. {Hij()} kookt echt. De risotto is aan de bodem een beetje aangebrand en het is het lekkerste wat je dit jaar gegeten hebt. Je zit op het aanrecht en kijkt naar {hem()}, en het zeurende gevoel in je borst wordt warm en zwaar.
-
{on_the_step:{Hij()} kijkt een hele tijd naar de vloer van de overloop. Dan op.|Later, op de bank, met de borden op de grond en {zijn()} hoofd op je schoot, wordt {hij()} stil. Dan kijkt {hij()} op.}

'Ik ben verliefd op je,' zegt {ie()}. 'Volgens mij al sinds dat feest. Ik word er doodsbang van.' {Hij()} lacht half. 'Dat heb ik nog nooit nuchter tegen iemand gezegd.'

Alles in je wordt heel stil en heel helder. Daar is het. Wat je wilde, hardop, met {zijn()} stem.

En daarachter, op de hielen, komt de vraag die je al weken meesleept omhoog in je keel en blijft daar zitten: wat zijn wij dan? Wat is dit, waar gaat het heen, en mag ik het ook bij daglicht hebben? Je voelt nu al wat die vraag met {zijn()} gezicht zou doen. # body: throat

* [Zeg het: je wilt een relatie. Geen brokstukken. En laat {hem()} antwoorden. #step: ground #locked: {pull_strong()} #why: Als je om meer vraagt, raak je misschien ook dit kwijt, en dit is het eerste warme in een week.]
    ~ step_ground(2)
    ~ p2_wish = "spoken"
    'Ik wil een relatie,' zeg je. 'Een echte. Niet nachten en dan stilte. Geen brokstukken. Als je dat niet kunt, hoor ik het liever nu.'
    {Hij()} is zo lang stil dat je de koelkast hoort zoemen. {Zijn()} ogen gaan even ergens heen, naar een deur die alleen {hij()} kan zien. Dan komt {hij()} terug.
    'Oké,' zegt {ie()}. 'Ja. Ik wil het proberen. Ik weet niet of ik er goed in ben.' {Hij()} pakt je hand. {Zijn()} handpalm is klam. 'Maar ik wil het proberen.'
    Je weet niet of {hij()} het kan. {Hij()} weet het zelf ook niet. Maar het is gezegd, hardop, door jullie allebei, en wat er ook gebeurt, het gebeurt met de twee mensen die het gezegd hebben. Je besluit {hem()} op {zijn()} woord te geloven, en voortaan ook een beetje op {zijn()} voeten te letten.
* [Slik het in. Beter iets dan niets. #step: pursue]
    ~ step_pursue(2)
    ~ p2_wish = "swallowed"
    Je slikt het in. Je voelt het echt naar beneden gaan, die vraag, als een pil zonder water. Wat jij wilt, kan wachten. Wat jij wilt zou {hem()} weleens kunnen wegjagen, en waar sta je dan?
    'Ik ook,' zeg je in plaats daarvan, en dat is waar, en je zoent {hem()}, en je zet je wens naar iets echts ergens achterin, achter de jassen, waar bezoek het niet ziet.
    Beter iets dan niets. Je zegt het twee keer tegen jezelf, voor de zekerheid. Je hoort Noors wenkbrauwen bijna omhooggaan.
* [Haal je schouders op, vóór {hij()} het kan doen. 'Laten we er geen naam aan geven.' #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_wish = "hidden"
    'Laten we er niks groots van maken,' zeg je, en je haalt je schouders op, alsof het jouw idee is. 'Geen etiketten. We zien wel.' Je zegt het luchtig. Je zegt het voordat {hij()} het kan zeggen.
    {Hij()} kijkt opgelucht. Echt, onverholen opgelucht, en {hij()} kust je knokkels, en die opluchting op {zijn()} gezicht doet meer pijn dan alles wat {hij()} had kunnen zeggen.
    Jij was eerst. Je hebt niets gevraagd, dus niemand kan nee zeggen. Het voelt als winnen, zoals je adem inhouden voelt als zwemmen.
-
{
- p2_wish == "spoken":
    Later, als {hij()} naar huis is, zie je de blauwe tandenborstel in het glas staan en laat je hem precies waar hij is. Niet als hoop. Als een vraag die je eindelijk hardop hebt gesteld.
- p2_wish == "swallowed":
    Later, als {hij()} naast je in slaap is gevallen, lig je wakker en luister je naar jullie ademhaling, die niet gelijk loopt, en maak je jezelf wijs dat het bijna hetzelfde ritme is.
- else:
    Later, alleen, was je de twee glazen af en zet je ze ondersteboven op het rek, naast elkaar, zonder dat ze elkaar raken.
}

En zo danst de dans verder. # pause: 2
-> cafe
