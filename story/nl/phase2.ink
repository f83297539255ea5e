// Fase 2 — Heen en weer.
// text_message · confession · night_call · the_week
// De partner antwoordt volgens de wet. Wie na het bericht loslaat, krijgt {hem()} na vier
// dagen op de stoep (doorstep) in plaats van tien dagen later op Noors verjaardag. Wie bij
// sluitingstijd blijft hangen en al de hele dans achter {hem()} aan loopt, krijgt het
// telefoontje niet (no_call) en ligt te wachten.

=== text_message ===
# phase: 2
# scene: home # partner: away
Drie weken, geteld in nachten. {Zijn()} blauwe tandenborstel in je glas, pasta op het vuur. Je gaat {hem()} meevragen naar een bruiloft in juni.
{partner_close() || (you_let_go() && not partner_far()):{Hij()} komt om acht uur, appte {hij()} net; {hij()} neemt wijn mee.|{Hij()} zou om zeven uur komen. Het is half negen.}

Je telefoon licht op: {partner_name}. Je borst maakt een sprongetje. # sfx: sms

{partner_far():‘volgens mij vind ik eva leuk. leek me eerlijk om te zeggen.’|‘hee. moet even eerlijk zijn. volgens mij vind ik eva best leuk. wilde niet dat je het van een ander hoorde x’}

Eva. Jouw Eva, zes jaar met Jonas. Achter je kookt de pan over.

* [Lees het nog eens. Het moet iets anders kunnen betekenen. #step: pursue]
    ~ step_pursue(1)
    Je leest het met andere stemmen: als grap, dronken, als test. {partner_far():Dat woord eerlijk is het ergste. Alsof {hij()} je er iets mee geeft.|Dat kruisje aan het eind is het ergste. Zo sluit {hij()} af als {hij()} lief doet.}
* [Telefoon omgekeerd. Gas uit. Laat het binnenkomen. #step: ground]
    ~ step_ground(1)
    Je zet het vuur uit, handen plat op het aanrecht. Je voelt hoe het aankomt. Eerst in je knieën, dan pas in je hoofd.
* [Verwijder het. Verwijder het hele gesprek. #step: withdraw]
    ~ step_withdraw(1)
    Drie weken weg in één knippering. Het voelt vier seconden schoon. Dan zie je elk woord nog staan, aan de binnenkant van je oogleden.
-
Je hart breekt niet. Het slaat dicht, als een deur in de tocht. # body: heart

Eva is een raam dat nooit opengaat; jij bent het gevaar, omdat je beschikbaar bent. Je kent die truc.

* [Zeg {hem()} dat je doorhebt wat {hij()} doet, en neem afstand #step: ground #locked: {pull_strong()} #why: Je duimen willen alsjeblieft typen voor ze iets anders kunnen typen.]
    ~ step_ground(2)
    ~ p2_text_reply = "ground"
    Je schrijft het vier keer en houdt de kalmste. ‘Ik denk dat je bent geschrokken, en dat Eva veilig is om op te richten. Ik neem wat afstand.’
    Onder de pijn zit een rust: deze keer geef je geen jaren weg. Drie weken, en een tandenborstel.
* [Vraag wat je fout deed. Vraag of jullie vanavond kunnen praten #step: pursue]
    ~ step_pursue(2)
    ~ p2_text_reply = "pursue"
    ‘heb ik iets gedaan?’ Verzenden. ‘ik ben niet boos.’ Verzenden. ‘ik kan ook even langskomen, gewoon om te praten.’ Verzenden.
    Om twaalf voor twaalf: ‘maak je niet druk oké. laten we het niet zwaar maken. x’
    Zwaar. Je stuurt een duimpje terug, en haat jezelf om dat duimpje.
* [Word ijskoud. Stuur één zin die prikt #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_text_reply = "withdraw"
    ‘Succes. Ze woont samen, maar dat is natuurlijk juist het leuke.’ Verzenden. Een minuut of elf voelt dat als macht.
-
{
- you_chased(): Je eet de pasta staand op, de telefoon naast je bord. Er komt verder niets.
- you_let_go() && not partner_far(): Je eet de pasta staand op. Voor je bord leeg is, belt {hij()} twee keer. Je laat het overgaan.
- else: Je eet de pasta staand op. Het smaakt nergens naar.
}
-> confession

=== confession ===
{you_let_go() && pattern_so_far() != "pursue":-> doorstep}
# scene: bar # partner: away
Tien dagen.
{
- p2_text_reply == "ground":
    Je hebt je woord gehouden. {Hij()} antwoordde één keer, ‘ok. terecht’, en je was bijna trots op hoe weinig je keek.
- p2_text_reply == "pursue":
    Je hield het klein: nog drie berichtjes, elk luchtiger dan het vorige. Op één kwam een lachend gezichtje, een dag te laat.
- else:
    Stilte, zelfgemaakt. {Hij()} schreef twee keer; je reageerde niet, en voelde er steeds even aan, als aan munten in een broekzak.
}

Noors verjaardag, in het café aan de gracht. {partner_far():Pas om elf uur laat de deur de kou binnen, en {hem()}. {Hij()} loopt eerst naar de bar.|De deur laat de kou binnen, en {hem()}.} Je kijkt niet. Je armhaartjes wel. # partner: here

* [Blijf naar Noor luisteren. Laat {hem()} maar helemaal komen. #step: ground]
    ~ step_ground(1)
    Je houdt je ogen op Noor en laat {hem()} elke stap van die laatste tien zelf zetten.
* [Kom {hem()} halverwege tegemoet, met al een halve glimlach. #step: pursue]
    ~ step_pursue(1)
    Je lijf beweegt al voor je iets besloten hebt, je gezicht draagt al de glimlach die je wilde bewaren. {Zijn()} schouders ontspannen.
* [Draai je om en lach net iets te hard. #step: withdraw]
    ~ step_withdraw(1)
    Je keert {hem()} je schouderbladen toe en lacht, te schel. Het kost {hem()} geen moeite: een aanraking bij je elleboog, licht als een vraag.
- -> confessed

= doorstep
# scene: home # partner: away
Vier dagen.
{p2_text_reply == "ground":{Hij()} antwoordde meteen, ‘ok. terecht’, en daarna elke avond iets kleins: een liedje, een foto van een reiger op een hek. Je liet ze liggen.|{Hij()} schreef twee keer en belde één keer. Je liet alles liggen, en voelde er steeds even aan, als aan munten in een broekzak.}
Dinsdagavond gaat de bel. {partner_close():{partner_name} staat op de stoep, zonder jas, nat haar. ‘Ik wilde niet tot Noors verjaardag wachten.’|{partner_name} staat een eindje van de stoep, zodat {hij()} nog kan doen alsof {hij()} toevallig langskwam.} # partner: here

* [Blijf in de deuropening staan. Laat {hem()} de eerste zin zelf zoeken. #step: ground]
    ~ step_ground(1)
    Je leunt tegen de deurpost en zegt niets. {Hij()} moet het helemaal zelf doen, en dat ziet {hij()}.
* [Doe de deur wijd open. #step: pursue]
    ~ step_pursue(1)
    Je zet de deur wijd open voor je het besloten hebt. {Zijn()} schouders zakken een centimeter.
* [Laat {hem()} staan. Zeg dat je net weg wilde. #step: withdraw]
    ~ step_withdraw(1)
    ‘Ik wilde net weg,’ zeg je, je sleutels al in je hand. Het kost {hem()} geen moeite: {hij()} doet een stap naar voren en pakt heel licht je pols.
- -> confessed

= confessed
{confession.doorstep:Op de stoep|Bij de kapstok} noemt {hij()} dat bericht stom. Dan, zachter: ‘Ik vind je te leuk. Dat is het hele probleem. En toen schrok ik.’
{partner_close():{Hij()} kijkt je aan terwijl {hij()} het zegt.|{Hij()} zegt het tegen {zijn()} schoenen, en kijkt pas daarna op.}

Een stemmetje in je klimt op een stoel: zie je wel! ‘Ik voelde me een idioot,’ zeg je.

‘Weet ik. Het was laf.’ {Hij()} neemt alle schuld, en je woede valt in het niets.

Je maag ligt heel stil, als een dier in hoog gras. # body: stomach

* [Zeg dat je {hem()} gelooft, en dat je juist daarom afstand houdt #step: ground #locked: {pull_strong()} #why: Het stemmetje dat zie je wel roept is zo luid dat je het zachte stemmetje eronder niet meer hoort.]
    ~ step_ground(2)
    ~ p2_confession = "held"
    {p2_said_no():
        ~ boundary_held()
    }
    ‘Ik geloof je,’ zeg je. ‘Daarom houd ik juist afstand. Ik ben niet degene op wie jij je angst oefent.’
    ‘Terecht,’ zegt {ie()}, met een scheef lachje. ‘Ik zou ook afstand van mezelf houden.’
    Je vindt {hem()} ondraaglijk leuk om die zin. {confession.doorstep:Je doet de deur dicht, je handen trillend.|Je gaat terug naar Noor, je handen trillend.}
* [Laat de boosheid los. Laat je naar {hem()} toe trekken. #step: pursue]
    ~ step_pursue(2)
    ~ p2_confession = "melted"
    {p2_said_no():
        ~ boundary_given_up()
    }
    De boosheid is ineens op. {Zijn()} voorhoofd ligt tegen het jouwe, en je laat het toe.
    {confession.doorstep:Je trekt {hem()} aan {zijn()} mouw naar binnen, en de deur valt achter jullie dicht.|Over {zijn()} schouder trekt Noor één wenkbrauw één millimeter op. Jullie vertrekken nog voor de taart, {zijn()} hand in je achterzak.}
* {not p2_said_no()} [Glimlach allerliefst, zeg één ding dat snijdt, en ga #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_confession = "cut"
    ‘Joh, zit er niet mee,’ zeg je, met je liefste glimlach. ‘Echt niet. Ik heb wel erger meegemaakt van mensen die ik leuker vond.’ En je loopt naar de bar en bestelt iets wat je niet wilt.
    Bij het afrekenen trillen je handen. Als je durft om te kijken, staat {hij()} nog steeds bij de jassen, precies waar je {hem()} achterliet, en kijkt {hij()} naar je zoals {hij()} die eerste avond naar je keek.
    Dat is nog het ergste. Het werkt. Het werkt altijd, weglopen.
-
{
- p2_confession == "held":
    {confession.doorstep:Je laat {hem()} niet boven komen.|Je gaat niet met {hem()} mee.} Maar als je alleen bent, merk je dat je het dossier ook niet hebt gesloten.
- p2_confession == "melted":
    {p2_said_no():Later, in bed, denk je aan jezelf van {confession.doorstep:een paar|tien} dagen terug, met de armen over elkaar. Alleen je hoofd had besloten. De rest van je stond te wachten.|Later, in bed, luister je naar {zijn()} ademhaling. Je hebt gekregen waar je om smeekte. Het voelt als opluchting, en een beetje als verliezen.}
- else:
    Je blijft tot de taart. {Hij()} gaat voor het einde weg. Je maakt jezelf wijs dat je {hem()} niet hebt nagekeken.
}

{confession.doorstep:De volgende ochtend bel je Noor. ‘Gaat het?’ vraagt ze, want ze hoort het al aan je hallo.|‘Gaat het?’ vraagt Noor bij de deur, terwijl ze je jas dichtknoopt.} # partner: away

* [Zeg eerlijk dat je niet weet wat je aan het doen bent #step: ground]
    ~ step_ground(1)
    ‘Ik weet niet wat ik aan het doen ben,’ zeg je. ‘Ik schrik er een beetje van.’
    Noor is even stil. ‘Mooi. Dat is een begin. App me vanavond. Niet {hem()}. Mij.’
* [Vraag of zij denkt dat {hij()} het meende #step: pursue]
    ~ step_pursue(1)
    ‘Denk jij dat {hij()} het meende? Dat bang zijn?’
    ‘Ik denk dat {hij()} alles meent wat {hij()} zegt, zolang {hij()} het zegt,’ zegt Noor. ‘Dat baart me juist zorgen.’ Jij hoort alleen de eerste helft.
* [Zeg dat het geweldig gaat. Nooit beter. #step: withdraw]
    ~ step_withdraw(1)
    ‘Geweldig,’ zeg je. ‘Nooit beter.’
    Noor laat het gaan. Ze zegt alleen: ‘Ik ben er, hè.’ Het klinkt zo gewoon dat je even niets terug kunt zeggen.
-
Niet klaar dus.
-> night_call

=== night_call ===
# scene: bar # partner: away
Daarna lopen de weken in elkaar over.
{
- p2_confession == "held":
    Je houdt afstand, min of meer. Twee keer gaat het toch mis en word je naast {hem()} wakker: ongelukjes.
- p2_confession == "melted":
    De goede nachten zijn heel goed. Daartussen valt de telefoon dagen stil.
- else:
    Na Noors verjaardag schrijft {hij()} vaker dan ooit. Grappige dingen, ’s avonds laat. ‘moet nog steeds aan je gezicht denken toen je wegliep.’ Jouw kou heeft {hem()} warm gemaakt, en je laat het werken.
}
// phase-local: not needed after this point (lets the explorer merge states)
~ p2_confession = ""

{partner_far():Vrijdag, het café aan de gracht. De hele avond staat {hij()} aan de andere kant van de bar. Pas bij sluitingstijd komt {hij()} naast je hangen.|Vrijdag, sluitingstijd in het café aan de gracht. {Hij()} hangt al de hele avond naast je aan de bar.} ‘Ik wilde je dinsdag nog bellen.’ # partner: here

Van plan. Een heel museum van voornemens, prachtig uitgelicht. Niets waar je aan kunt komen.

* [‘Maar je deed het niet,’ zeg je. Luchtig. Gewoon een feit. #step: ground]
    ~ step_ground(1)
    Je legt het tussen jullie neer op de bar, als een bierviltje.
    {Hij()} lacht, betrapt. ‘Nee. Ik ben vreselijk.’ En {hij()} kijkt je een tel langer aan dan anders.
* [‘Wat lief. Het gaat goed. En met jou?’ #step: pursue]
    ~ step_pursue(1)
    ‘Wat lief,’ zeg je, en je meent het; daar zit hem de kneep. Je neemt het voornemen aan alsof het iets is, zonder te kijken of er iets in zit.
* [‘O ja? Was me niet opgevallen.’ #step: withdraw]
    ~ step_withdraw(1)
    Je houdt je ogen op de theedoek van de barman. Het komt aan. {Hij()} lacht net iets te laat en schuift een halve stap dichterbij.
-
Dan is het er weer: {hij()} pikt je olijfje, de lucht zoemt, {zijn()} hand een centimeter van de jouwe. Je weet hoe deze nacht gaat als je blijft. Je adem zit hoog. # body: breath

* [Zeg dat je naar huis gaat. Nu. #step: ground #locked: {pull_strong()} #why: Die centimeter tussen jullie handen is het enige in de hele zaak wat je nog voelt.]
    ~ step_ground(2)
    ~ p2_left = "said"
    {Hij()} zoekt je gezicht af naar het ‘tenzij...’. Er is er geen. Je zoent {hem()} op {zijn()} wang, zoals je iedereen zou zoenen, en loopt door de schone kou naar huis, grijnzend. # partner: away
* [Blijf tot de grote lampen aangaan, je weet maar nooit. #step: pursue]
    ~ step_pursue(2)
    ~ p2_left = "stayed"
    Bij sluitingstijd zoent {hij()} je mondhoek. ‘Ik app je.’ Jij loopt alleen naar huis en stelt in je hoofd het berichtje op dat {hij()} zo gaat sturen. # partner: away
* [Ga naar de wc en kom niet meer terug. #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_left = "slipped"
    Je glipt met je jas door de zijdeur. Op de brug zoemt je telefoon: ‘waar ben je??’ Vrijheid, of het genot dat er naar je gezocht wordt; je weet het niet. # partner: away
-
-> the_call

= the_call
{you_chased() && (pattern_so_far() == "pursue" || partner_far()):-> no_call}
# scene: bedroom # partner: away
{p2_left == "stayed":Kwart voor drie. Geen bericht. Je hebt vier keer gekeken.|Net twee uur geweest, en je bent nog lang niet in slaap.}
~ p2_left = ""

De telefoon verlicht het plafond: {partner_name} belt. # sfx: ring

{partner_close():‘Hé.’ {Zijn()} stem is nuchter en heel dichtbij. ‘Mag ik nog langskomen? Ik sta eigenlijk al bij de brug.’|‘Hé.’ Wind achter {zijn()} stem, en een paar biertjes. ‘Mag ik nog langskomen?’}

Je hart neemt de trap met twee treden tegelijk. # body: heart

* [Zeg nee, en waarom. #step: ground #locked: {pull_strong()} #why: {Zijn()} stem is al bij je in de kamer, en de helft van je heeft de deur al van het slot gedaan.]
    ~ step_ground(2)
    ‘Nee,’ zeg je. Jullie schrikken er allebei van. ‘Juist omdat ik je hier wil hebben. Mijn hart trekt dit niet: de ene nacht dichtbij, de volgende ver weg.’
    Een lange stilte. Dan, heel zacht: ‘Nee. Dat trekt geen enkel hart.’ {Hij()} zegt het vol medeleven, of het over het weer gaat en niet over iets wat {hij()} zelf doet.
    {Zijn()} stem wordt nog zachter, en je keel sluit zich om het makkelijke woord, het ja. # body: throat
    -> the_return
* [Zeg ja, voor je kunt nadenken #step: pursue]
    ~ step_pursue(2)
    ~ p2_night = "gave"
    ‘Ja,’ zeg je, nog voor het woord langs je hersens is gekomen. ‘Kom maar.’
    -> he_comes
* [Laat hem overgaan, omgekeerd #step: withdraw]
    ~ step_withdraw(2)
    Je legt de telefoon omgekeerd neer. Hij gaat over, en over, en houdt op. De stilte daarna is enorm.
    -> rang_out

= the_return
{partner_close():‘Ik kan er over vijf minuten zijn,’ zegt {hij()}. ‘Je hoeft alleen maar ja te zeggen.’|‘Ik kan ook gewoon naar huis gaan,’ zegt {hij()}. Maar {hij()} hangt niet op.}
* [‘Maar jij doet het wel.’ En benoem het. #step: ground #locked: {pull_strong()} #why: {Hij()} klinkt zo spijtig en zo dichtbij dat iets waars zeggen voelt als een deur dichtsmijten op {zijn()} vingers.]
    ~ step_ground(2)
    ~ boundary_held()
    ~ p2_night = "held"
    -> named
* [Hoor hoe zacht {zijn()} stem geworden is, en zeg: kom #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p2_night = "gave"
    ‘Kom,’ zeg je. Je hoort {hem()} uitademen, alsof {hij()} die adem al een week had ingehouden.
    -> he_comes

= rang_out
{partner_close():Hij gaat nog twee keer over.|Hij gaat nog één keer over, en houdt op.} Dan een bericht: ‘ik weet dat je wakker bent. alsjeblieft.’ En: ‘ik mis je.’

Je adem wordt kort en hoog. # body: breath

* [Stuur: ‘Nee. Niet vannacht.’ Leg de telefoon in een andere kamer #step: ground #locked: {pull_strong()} #why: Dat ‘ik mis je’ staat op het scherm als een hand die in het donker naar je wordt uitgestoken.]
    ~ step_ground(1)
    ~ boundary_held()
    ~ p2_night = "silent"
    Je typt het met één duim: ‘Nee. Niet vannacht.’ Je zet er geen ‘sorry’ achter en geen kusje, al zweeft je duim boven allebei. Verzenden.
    Dan breng je de telefoon naar een andere kamer en doe je de deur dicht. Terug in bed tril je een beetje, en het is geen verdriet. Het is het trillen nadat je iets heel zwaars heel veel trappen op hebt gedragen.
    -> the_week
* [Bel {hem()} terug. Zeg: kom maar. #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p2_night = "gave"
    Je belt terug. {Hij()} neemt op voor de eerste toon is uitgeklonken. ‘Kom maar,’ zeg je, en {hij()} lacht, een warme, opgeluchte, licht aangeschoten lach, en zegt dat {hij()} al aan het eind van je straat staat.
    Natuurlijk staat {hij()} daar.
    -> he_comes

= named
‘Maar jij doet het wel,’ zeg je.

Stilte. De wind in de telefoon.

‘Jij doet het,’ zeg je nog een keer, en nu gaat het vanzelf, alsof het al die tijd in de rij stond te wachten. ‘Je reageert drie dagen niet na de mooiste nacht die we gehad hebben. Je zegt dat je geen relatie wilt, en dan bel je me om twee uur ’s nachts. Je zegt dat het net niet genoeg voelt. Net niet. Alsof ik een gerecht ben waar je nog niet uit bent.’ Je stem trilt niet. Dat merk je op, van een afstandje, met belangstelling.

{partner_close():Een hele tijd zegt {ie()} niets, maar {hij()} hangt niet op.|Een hele tijd zegt {ie()} niets. Je denkt al dat de verbinding weg is.} Als {hij()} weer praat, is de charme uit {zijn()} stem, en wat overblijft is kleiner en veel jonger.

‘Ik weet het,’ zegt {ie()}. ‘Ik weet dat ik het doe. Als het goed is met jou, gaat er iets in mij naar de nooduitgang zoeken. Een soort reflex.’ Een ademhaling. ‘Dat heb ik nog nooit tegen iemand gezegd. Ik ben niet eens dronken genoeg om het nu te zeggen.’

Voor één keer hoor je wat er onder de charme zit: bang, teder en doodmoe. Het zou zo makkelijk zijn om te zeggen: kom dan. Kom hier, en wees samen met mij bang.

‘Slaap lekker, {partner_name},’ zeg je. ‘Ik meen het.’ En jij hangt als eerste op. Voor één keer in je leven hang jij als eerste op.

Daarna lig je daar, de telefoon warm op je borst, en je hart gaat tekeer. Iets in jou is over iets anders in jou heen geklommen. Je voelt je liggend groter dan je je staand ooit hebt gevoeld.
-> the_week

= he_comes
{partner_close():Tien minuten later staat {hij()} voor je deur|Pas na drie kwartier staat {hij()} voor je deur, als je al denkt dat {hij()} niet meer komt}, met een zak friet. De nacht is zacht. Je ligt wakker onder {zijn()} arm: zo is {hij()} als {hij()} niet bang is. # partner: here

’s Ochtends is {hij()} al aangekleed als je wakker wordt. ‘Werk,’ zegt {ie()}. Het is zaterdag.
-> the_week

= no_call
# scene: bedroom # partner: away
~ p2_left = ""
Kwart voor drie. Geen bericht. Drie uur. Je ligt op je rug, de telefoon op je borst, en wacht op het licht dat op het plafond moet komen.
{partner_far():Het komt niet. Om half vier zie je dat {hij()} een uur geleden nog online was.|Om half vier licht het scherm op: een reclame voor hardloopschoenen. Je lacht, hardop, alleen in het donker.}

Je adem zit hoog en blijft daar. # body: breath

* [Leg de telefoon in een andere kamer en ga slapen #step: ground #locked: {pull_strong()} #why: Zodra je hem weglegt, belt {hij()}; dat weet je zeker, al weet je verder niets.]
    ~ step_ground(1)
    ~ p2_night = "waited"
    Je legt de telefoon in de gang, scherm naar beneden, en doet de deur dicht. Slapen lukt niet meteen. Maar je wacht niet meer, en dat is een ander soort wakker liggen.
* [Bel {hem()} zelf #step: pursue]
    ~ step_pursue(1)
    ~ p2_night = "waited"
    Hij gaat zes keer over. Dan {zijn()} voicemail, {zijn()} opgewekte, opgenomen stem. Je hangt op voor de piep. Om tien over vier: ‘sliep al. morgen x’.
* [Zet hem uit. Als {hij()} belt, vindt {hij()} niemand #step: withdraw]
    ~ step_withdraw(1)
    ~ p2_night = "waited"
    Je houdt de knop ingedrukt tot het scherm zwart is. Laat {hem()} maar bellen en niemand vinden. Tot vijf uur lig je wakker en stel je je voor dat {hij()} belt.
-
-> the_week

=== the_week ===
{p2_night_held():Het houdt precies een week stand.|{p2_night == "waited":Zaterdag niets. Zondag niets. Dinsdag: ‘sorry, gekkenhuis. spreek je snel’.|Een week, deze keer. Zo lang duurt de zachtheid. Zaterdag zweef je. Dan ‘wat een nacht x’, en niets tot {partner_far():donderdag|woensdag}: ‘sorry, gekkenhuis. spreek je snel’.}} # scene: home # partner: away
{ p2_night_held():
    -> held_week
- else:
    -> gave_week
}

= held_week
De eerste dagen zijn verbluffend. Je slaapt acht uur per nacht, je ruimt de kast op waar je al een jaar omheen loopt, je telefoon blijft in je jaszak aan de kapstok. Voor jezelf kiezen blijkt iets lichamelijks, zoals uitgeslapen zijn.

{partner_close():Dinsdag al|Woensdag} een foto van twee koffiebekers op {zijn()} vensterbank, de ene leeg: ‘jouw beker mist je. de rest van mij ook.’ # sfx: sms

* [Voel wat het met je doet, en laat het zo. #step: ground]
    ~ step_ground(1)
    Je leest het twee keer en blijft er dan bij zitten, zoals bij hete thee tot hij te drinken is. Het trekt aan je. Je merkt de trek op, en dat je nog steeds staat.
    Je antwoordt niet. Niet uit wrok. Je hebt nog geen eerlijk antwoord, en je bent klaar met het versturen van de andere soort.
* (hw_heart) [Antwoord met één klein hartje. #step: pursue]
    ~ step_pursue(1)
    Eén hartje kan geen kwaad. Je stuurt het, en de opluchting gaat door je heen als de eerste hap van iets zoets.
    Binnen een minuut: ‘!!! mag ik je zien?’ En nu moet je ‘nog niet’ typen, veel moeilijker dan zwijgen, want de deur staat op een kier en jij leunt er van binnenuit tegenaan.
* [Archiveer het ongelezen. En het volgende ook. #step: withdraw]
    ~ step_withdraw(1)
    Je veegt het weg naar het archief, waar dingen heen gaan om niet te bestaan. ’s Avonds komt er nog een. Die archiveer je ook, zonder verder te lezen dan ‘ik moet steeds’.
    Elke keer geeft het je een klein, koud schokje voldoening, zoals drukken op een blauwe plek om te voelen of hij er nog zit.
-
{p2_text_reply == "withdraw":Donderdag komt Eva langs met soep, en halverwege de eerste kom besef je dat je al weken kortaf tegen haar doet zonder te zeggen waarom. Ze vertelt over de heup van Jonas’ moeder, en je schenkt haar nog eens bij, als excuus voor iets waarvan zij niet weet dat het gebeurd is.|Donderdag komt Eva langs met soep. Ze weet niets van dat bericht. Ze vertelt over de heup van Jonas’ moeder, en je denkt: van iedereen koos {partner_name} precies degene die gegarandeerd een plaatje blijft.}

Dan komt het andere omhoog, als grondwater in een kelder. Wat als {hij()} je op je woord heeft geloofd, en ergens warm zit met iemand die nergens om vraagt? De kracht blijft. De angst groeit mee, tot hij even groot is.

Vrijdagavond zit het in je maag, zwaar en stil. De blauwe tandenborstel staat nog steeds in het glas. # body: stomach

* [Bel Noor: je bent bang dat je {hem()} kwijt bent #step: ground]
    ~ step_ground(1)
    ‘Ik ben bang dat ik {hem()} kwijt ben,’ zeg je tegen Noor. ‘Voorgoed. En ik ben ook bang dat dat niet zo is.’ Jullie moeten allebei lachen, omdat het belachelijk is en waar.
    Noor zegt niet wat je moet doen. Ze vertelt over haar week, laat je ademhalen, en aan het eind zegt ze: ‘Het kan allebei waar zijn, en dan kun je nog steeds gewoon naar bed.’ Dus dat doe je.
* [Scrol tot drie uur door {zijn()} foto’s #step: pursue]
    ~ step_pursue(1)
    Je ligt op je zij en scrolt. {Hij()} op de vensterbank. {Hij()} in slaap, een arm over {zijn()} ogen, een foto die je zonder te vragen nam. Je zoomt in op {zijn()} mond.
    Om drie uur stop je, omdat de batterij op vier procent staat, niet omdat je genoeg hebt gehad. Vanuit de badkamer kijkt de tandenborstel je aan.
* [Ga uit. Dans tot je niets meer voelt #step: withdraw]
    ~ step_withdraw(1)
    Je gaat stappen met mensen van je werk die je niet eens zo leuk vindt, en danst in een kelder tot de bas het denken overneemt. Iemand trakteert je op een drankje. Je laat diegene praten, en kijkt naar de deur telkens als die opengaat. # scene: bar # partner: away
    Om vijf uur ben je thuis, schor en leeggedanst, en je valt in je kleren in slaap. Het werkt. Zolang de slaap duurt, ongeveer. # scene: home # partner: away
-
-> sunday

= gave_week
{
- p2_night == "waited": Een hele nacht heb je naar een plafond gekeken dat niet oplichtte, en je hebt het {hem()} niet eens verweten.
- night_call.the_return: Je hebt het zelf gezegd, in het donker: de ene nacht dichtbij en de volgende ver weg, dat trekt je hart niet. En toen zei je: kom.
- else: De ene nacht dichtbij, de volgende ver weg. En jij zei: kom maar.
}

{p2_text_reply == "withdraw":Eva appt of je mee gaat wandelen, en je schrijft dat je het druk hebt. Je doet al weken kortaf tegen haar; ze weet alleen dat je raar bent gaan doen.|Eva komt koffie drinken, weet van niets, en jij kijkt om de vier minuten op je telefoon.}

* [Schrijf niet. Schrijf op wat het wachten met je doet #step: ground]
    ~ step_ground(1)
    Je schrijft op hoe het wachten voelt. Strakke kaken. Koude handen. Iets in je borst dat voortdurend naar voren leunt, als een hond bij de deur.
    Het houdt het niet tegen. Maar op papier is het een stukje kleiner dan jij, in plaats van andersom.
* (gw_write) [Schrijf iets luchtigs, waar geen vraag in zit #step: pursue]
    ~ step_pursue(1)
    Je stuurt {hem()} een filmpje van een kat die van een bank valt. Geen woorden. Niets wat {hij()} als een claim kan opvatten.
    {partner_far():Negen uur later|Een uur later}: ‘haha’. Je leest die vier letters zoals geleerden oude handschriften lezen: op toon.
* [Zeg tegen Noor, hardop, dat je er klaar mee bent. #step: withdraw]
    ~ step_withdraw(1)
    ‘Ik ben er klaar mee,’ zeg je tegen Noor door de telefoon, zo hard dat de buren het kunnen horen. ‘Geen dichtbij en ver weg meer.’ Terwijl zij meeluistert, zet je {hem()} op stil.
    Noor klapt, langzaam, in de telefoon, en gelooft je ook niet.
-
-> sunday

= sunday
~ temp on_the_step = false
// phase-local from here on: cleared so the explorer can merge states (see common/phase2.ink)
~ p2_text_reply = ""
Zondagavond wordt er geklopt, twee keer en dan één. # sfx: knock

{partner_close():{Hij()} staat op de overloop, een tas prei en paddenstoelen tegen {zijn()} borst. ‘Ik zou toch voor je koken.’|{Hij()} staat een tree onder de overloop, een tas prei en paddenstoelen in {zijn()} hand, klaar om weer te gaan. ‘Ik zou toch voor je koken. Als het nog mag.’} Voor het eerst doet {hij()} iets wat {hij()} gezegd heeft. # partner: here

{p2_night_held():De hele week heeft {hij()} het blijven proberen, en de hele week {the_week.held_week.hw_heart:heeft jouw nee standgehouden, op één klein hartje na|heb jij je nee volgehouden}. Nu staat het naast je in de deuropening.|{the_week.gave_week.gw_write:‘haha’ was het laatste woord, en nu staat {hij()} hier, alsof vier letters een vorm van hofmakerij waren.|Je had {hem()} niet verwacht. Op het moment dat jij ophield met leunen, kwam {hij()}.}}

Je maag draait zich langzaam om. # body: stomach

* [Houd de deur half open. Praat op de drempel. #step: ground #locked: {pull_strong()} #why: De kou van buiten die aan {zijn()} jas hangt is al half de gang in, en jij ook.]
    ~ step_ground(2)
    {p2_night_held():
        ~ boundary_held()
    }
    ~ on_the_step = true
    Je leunt tegen de deurpost, {hij()} blijft op de overloop, en jullie kijken allebei naar de drempel, alsof daar een streep is geschilderd.
    ‘Ik zeg geen nee tegen eten,’ zeg je. ‘Ik zeg dat ik niet terugga naar dichtbij-en-dan-ver-weg. Ook niet voor paddenstoelen.’
    {Hij()} lacht, en dan niet meer. {Hij()} zet de tas neer tegen de muur.
* [Zeg dat je {hem()} elk uur gemist hebt, en toch niet teruggaat #step: ground #locked: {walls_up()} #why: De muur die je deze week hebt gebouwd is het enige wat je overeind houdt, en er kan geen steen uit.]
    ~ step_ground(2)
    {p2_night_held():
        ~ boundary_held()
    }
    ~ on_the_step = true
    ‘Ik heb je gemist,’ zeg je. ‘Elk uur. En ik ga niet terug naar hoe het was. Allebei waar.’
    Het kost je je dekking. {Hij()} kijkt je aan alsof je {hem()} iets breekbaars in handen hebt gedrukt.
* [Doe een stap achteruit en laat {hem()} binnen #step: pursue]
    ~ step_pursue(2)
    {p2_night_held():
        ~ boundary_given_up()
    }
    Je doet een stap achteruit. {Hij()} komt binnen op een vlaag kou, prei en aftershave, en de week sluit zich achter {hem()}.
    De risotto is aan de bodem aangebrand en het lekkerste wat je dit jaar gegeten hebt.
-
{on_the_step:{Hij()} kijkt een hele tijd naar de vloer van de overloop. Dan op.|Later, op de bank, met {zijn()} hoofd op je schoot, wordt {hij()} stil. Dan kijkt {hij()} op.}

‘Ik ben verliefd op je,’ zegt {ie()}. ‘Al sinds die vis, denk ik. Ik word er doodsbang van.’

En vlak daarachter stijgt een vraag in je keel: wat zijn wij dan? # body: throat

* [Zeg dat je een relatie wilt, geen brokstukken. #step: ground #locked: {pull_strong()} #why: Als je om meer vraagt, raak je misschien ook dit kwijt, en dit is het eerste warme in een week.]
    ~ step_ground(2)
    ~ p2_wish = "spoken"
    ‘Ik wil een relatie,’ zeg je. ‘Een echte. Niet nachten en dan stilte. Kun je dat niet, dan hoor ik het liever nu.’
    {Hij()} is zo lang stil dat je de koelkast hoort. {Zijn()} ogen gaan naar een deur die alleen {hij()} kan zien. Dan komt {hij()} terug.
    ‘Oké. Ja. Ik weet niet of ik er goed in ben.’ {Zijn()} handpalm is klam in de jouwe. ‘Maar ik wil het proberen.’
    Je gelooft {hem()} op {zijn()} woord, en let voortaan ook een beetje op {zijn()} voeten.
* [Slik het in. Beter iets dan niets. #step: pursue]
    ~ step_pursue(2)
    ~ p2_wish = "swallowed"
    Je slikt het in, als een pil zonder water. Wat jij wilt zou {hem()} kunnen wegjagen.
    ‘Ik ook,’ zeg je, en dat is waar, en je zet je wens achter de jassen, waar bezoek het niet ziet. Beter iets dan niets.
* [Haal als eerste je schouders op: ‘Geen etiketten.’ #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_wish = "hidden"
    ‘Geen naam,’ zeg je, en je haalt je schouders op, voor {hij()} het kan doen. ‘We zien wel.’
    {Hij()} kijkt onverholen opgelucht, en die opluchting doet meer pijn dan welk woord ook. Je hebt niets gevraagd, dus niemand kan nee zeggen. Het voelt als winnen, zoals je adem inhouden voelt als zwemmen.
-
{
- p2_wish == "spoken":
    Later, alleen, laat je de blauwe tandenborstel precies staan waar hij staat. Niet als hoop. Als een vraag die hardop is gesteld. # partner: away
- p2_wish == "swallowed":
    Later valt {hij()} naast je in slaap, jullie adem niet gelijk. Bijna hetzelfde ritme, maak je jezelf wijs.
- else:
    Later, alleen, zet je de twee glazen ondersteboven op het rek, naast elkaar, zonder dat ze elkaar raken. # partner: away
}

En zo danst de dans verder. # pause: 2
-> cafe
