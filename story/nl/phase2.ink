// Fase 2 — Heen en weer.
// text_message · confession · night_call · the_week
// De partner antwoordt volgens de wet. Wie na het bericht loslaat, krijgt {hem()} na vier
// dagen op de stoep (doorstep) in plaats van tien dagen later op Noors verjaardag. Wie bij
// sluitingstijd blijft hangen en al de hele dans achter {hem()} aan loopt, krijgt het
// telefoontje niet (no_call) en ligt te wachten.

=== text_message ===
# phase: 2
# scene: bedroom
Drie weken, geteld in nachten. Tegen de lamp op je nachtkastje staat de trouwkaart van je nicht: juni, ‘met partner’, in gouden letters. Je hebt er niets over gezegd, en hem ook niet weggezet.
{
- partner_state() == "close": ’s Nachts zit {partner_name} op de rand van het bed, {zijn()} rug naar je toe, de kaart in {zijn()} hand. ‘Hoe weet je dat eigenlijk?’ vraagt {hij()} zonder om te kijken. ‘Dat je van iemand houdt. Wat dat überhaupt is.’ Dan zet {hij()} de kaart terug. ‘Laat maar. Slaap maar.’
- partner_state() == "far": ’s Nachts word je wakker van de kraan in de badkamer. Die loopt lang. Dan zit {partner_name} op de rand van het bed, de kaart in het licht van {zijn()} telefoon, {zijn()} knie op en neer. ‘Kan niet slapen,’ zegt {hij()}. ‘Heeft niks met jou te maken.’ Je had niets gevraagd.
- else: ’s Nachts zit {partner_name} rechtop naast je, {zijn()} gezicht blauw van het scherm. In de zoekbalk staat ‘hoe weet je of je echt’; dan veegt {hij()} het weg. ‘Kon niet slapen. Ga maar liggen.’ {Zijn()} ogen gaan naar de kaart tegen de lamp, en weer weg.
}
’s Ochtends slaapt {hij()} met {zijn()} gezicht naar de muur.
Een paar avonden later. {Zijn()} blauwe tandenborstel in je glas, pasta op het vuur. Vanavond vraag je {hem()} mee naar die bruiloft. # scene: home # partner: away
{partner_close() || (you_let_go() && not partner_far()):{Hij()} komt om acht uur, appte {hij()} net, en {hij()} neemt wijn mee.|{Hij()} zou om zeven uur komen. Het is half negen.}

Je telefoon licht op: {partner_name}. Je hart maakt een sprongetje. # sfx: sms

{partner_far():‘volgens mij vind ik eva leuk. leek me eerlijk om te zeggen.’|‘hee. moet even eerlijk zijn. volgens mij vind ik eva best leuk. wilde niet dat je het van een ander hoorde x’}

Eva. Jouw Eva, al zes jaar met Jonas. Achter je kookt de pan over.

* [Lees het nog eens. Het moet iets anders kunnen betekenen. #step: pursue]
    ~ step_pursue(1)
    Je leest het in andere stemmen: als grap, dronken, als test. {partner_far():Het ergste is dat woord ‘eerlijk’. Of je {hem()} nog dankbaar moet zijn ook.|Het ergste is het kusje aan het eind. Zo sluit {hij()} af als {hij()} lief is.}
* [Telefoon omgekeerd. Gas uit. Laat het binnenkomen. #step: ground]
    ~ step_ground(1)
    Je draait het gas uit en zet je handen plat op het aanrecht. Het komt eerst in je knieën aan, pas daarna in je hoofd.
* [Verwijder het. Verwijder het hele gesprek. #step: withdraw]
    ~ step_withdraw(1)
    Drie weken, weg met één veeg. Vier seconden voelt dat schoon. Dan zie je elk woord terug zodra je je ogen dichtdoet.
-
Je hart breekt niet. Het gaat dicht, met een klap. # body: heart

Eva is veilig: die gaat nooit bij Jonas weg. Jij bent het gevaar, juist omdat jij er wél voor {hem()} bent. Je kent die truc.

* [Zeg {hem()} dat je doorhebt wat {hij()} doet, en neem afstand #step: ground #locked: {pull_strong()} #why: Je duimen typen al ‘alsjeblieft’ voor je iets anders kunt bedenken.]
    ~ step_ground(2)
    ~ p2_text_reply = "ground"
    Je schrijft het vier keer en verstuurt de kalmste versie. ‘Volgens mij schrok je, en is Eva veilig omdat het met haar toch nooit wat wordt. Ik neem even afstand.’
    Onder de pijn zit iets rustigs: dit keer ben je er geen jaren aan kwijt. Drie weken, en een tandenborstel.
* [Vraag wat je fout deed. Vraag of jullie vanavond kunnen praten #step: pursue]
    ~ step_pursue(2)
    ~ p2_text_reply = "pursue"
    ‘heb ik iets gedaan?’ Verzenden. ‘ik ben niet boos.’ Verzenden. ‘ik kan ook even langskomen, gewoon om te praten.’ Verzenden.
    Om twaalf voor twaalf: ‘maak je niet druk oké. laten we het niet zwaar maken. x’
    Zwaar. Je stuurt een duimpje terug en haat jezelf om dat duimpje.
* [Word ijskoud. Stuur één zin die prikt #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_text_reply = "withdraw"
    ‘Succes. Ze woont samen, maar dat is natuurlijk juist het leuke.’ Verzenden. Elf minuten lang voel je je machtig.
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
    Je hebt woord gehouden. {Hij()} antwoordde één keer, ‘ok. terecht’, en je was bijna trots dat je zo weinig op je telefoon keek.
- p2_text_reply == "pursue":
    Je deed luchtig: nog drie berichtjes, elk luchtiger dan het vorige. Op eentje kwam een dag later een lachend gezichtje.
- else:
    Een stilte die je zelf hebt gemaakt. {Hij()} schreef twee keer. Je reageerde niet, maar je las ze elke avond opnieuw.
}

Noors verjaardag, in het café aan de gracht. {partner_far():Pas om elf uur gaat de deur open en komt {hij()} binnen, met de kou mee. {Hij()} loopt eerst naar de bar.|Dan gaat de deur open en komt {hij()} binnen, met de kou mee.} Je kijkt niet op. De haartjes op je armen wel. # partner: here

* [Blijf naar Noor luisteren. Laat {hem()} maar helemaal komen. #step: ground]
    ~ step_ground(1)
    Je blijft naar Noor kijken. De laatste tien stappen moet {hij()} zelf zetten.
* [Kom {hem()} halverwege tegemoet, met al een halve glimlach. #step: pursue]
    ~ step_pursue(1)
    Je loopt al, met de glimlach die je had willen bewaren. {Zijn()} schouders zakken.
* [Draai je om en lach net iets te hard. #step: withdraw]
    ~ step_withdraw(1)
    Je draait {hem()} je rug toe en lacht, te schel. Het kost {hem()} niets: een hand bij je elleboog, heel licht.
- -> confessed

= doorstep
# scene: home # partner: away
Vier dagen.
{p2_text_reply == "ground":{Hij()} antwoordde meteen, ‘ok. terecht’, en daarna elke avond iets kleins: een liedje, een foto van een reiger op een hek. Je liet ze liggen.|{Hij()} schreef twee keer en belde één keer. Je liet alles liggen, en keek er elke avond toch naar.}
Dinsdagavond gaat de bel. {partner_close():{partner_name} staat op de stoep, zonder jas, nat haar. ‘Ik wilde niet tot Noors verjaardag wachten.’|{partner_name} staat een eindje bij de deur vandaan, zodat het nog toeval kan zijn.} # partner: here

* [Blijf in de deuropening staan. Laat {hem()} de eerste zin zelf zoeken. #step: ground]
    ~ step_ground(1)
    Je leunt tegen de deurpost en zegt niets. {Hij()} ziet dat {hij()} het zelf moet doen.
* [Doe de deur wijd open. #step: pursue]
    ~ step_pursue(1)
    Je zet de deur wijd open voor je het besloten hebt. {Zijn()} schouders zakken een centimeter.
* [Laat {hem()} staan. Zeg dat je net weg wilde. #step: withdraw]
    ~ step_withdraw(1)
    ‘Ik wilde net weg,’ zeg je, met je sleutels al in je hand. Het kost {hem()} geen moeite: {hij()} doet een stap naar voren en pakt heel licht je pols.
- -> confessed

= confessed
{confession.doorstep:Op de stoep|Bij de kapstok} noemt {hij()} dat bericht stom. Dan, zachter: ‘Je had me meteen door. Het ging nooit om Eva. Het gaat om jou, en daar word ik bang van.’
{partner_close():{Hij()} kijkt je aan terwijl {hij()} het zegt.|{Hij()} zegt het tegen {zijn()} schoenen, en kijkt pas daarna op.}

Ergens in je springt een stemmetje op: zie je wel! ‘Ik voelde me een idioot,’ zeg je.

‘Weet ik. Het was laf.’ {Hij()} neemt alle schuld op zich, en je boosheid vindt nergens meer houvast.

Je maag houdt zich heel stil. # body: stomach

* [Zeg dat je {hem()} gelooft, en dat je juist daarom afstand houdt #step: ground #locked: {pull_strong()} #why: Het stemmetje dat ‘zie je wel’ roept, is zo luid dat je het zachtere eronder niet meer hoort.]
    ~ step_ground(2)
    ~ p2_confession = "held"
    {p2_said_no():
        ~ boundary_held()
    }
    ‘Ik geloof je,’ zeg je. ‘Daarom houd ik juist afstand. Ik ben niet je oefenpop voor als je bang bent.’
    ‘Terecht,’ zegt {ie()}, met een scheef lachje. ‘Ik zou ook afstand van mezelf houden.’
    Om die zin vind je {hem()} onuitstaanbaar leuk. {confession.doorstep:Je doet de deur dicht, met trillende handen.|Je gaat terug naar Noor, met trillende handen.}
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
    ‘Joh, zit er niet mee,’ zeg je, met je liefste glimlach. ‘Echt niet. Ik heb wel erger meegemaakt van mensen die ik leuker vond.’ Je loopt naar de bar en bestelt iets wat je niet wilt.
    Bij het afrekenen trillen je handen. Als je eindelijk omkijkt, staat {hij()} nog bij de jassen, waar je {hem()} achterliet, en kijkt {hij()} naar je zoals die eerste avond.
    Dat is nog het ergste: het werkt.
-
{
- p2_confession == "held":
    {confession.doorstep:Je laat {hem()} niet boven komen.|Je gaat niet met {hem()} mee.} Maar als je alleen bent, merk je dat je er nog niet klaar mee bent.
- p2_confession == "melted":
    {p2_said_no():Later, in bed, denk je aan jezelf van {confession.doorstep:een paar|tien} dagen terug, met de armen over elkaar. Alleen je hoofd had besloten. De rest van je stond te wachten.|Later, in bed, luister je naar {zijn()} ademhaling. Je hebt gekregen waar je om smeekte. Je bent opgelucht, en een beetje verslagen.}
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
-> night_call

=== night_call ===
# scene: bar # partner: away
Daarna gaan er weken voorbij.
{
- p2_confession == "held":
    Je houdt afstand, min of meer. Twee keer gaat het toch mis en word je naast {hem()} wakker. Ongelukjes, noem je dat.
- p2_confession == "melted":
    De goede nachten zijn heel goed. Daartussen valt de telefoon dagen stil.
- else:
    Na Noors verjaardag schrijft {hij()} vaker dan ooit. Grappige dingen, ’s avonds laat. ‘moet nog steeds aan je gezicht denken toen je wegliep.’ Jouw kou heeft {hem()} warm gemaakt, en je laat het zo.
}
// phase-local: not needed after this point (lets the explorer merge states)
~ p2_confession = ""

{partner_far():Vrijdag, het café aan de gracht. De hele avond staat {hij()} aan de andere kant van de bar. Pas bij sluitingstijd komt {hij()} naast je hangen.|Vrijdag, sluitingstijd in het café aan de gracht. {Hij()} hangt al de hele avond naast je aan de bar.} ‘Ik wilde je dinsdag nog bellen.’ # partner: here

Wilde bellen. Dat heb je eerder gehoord, en ook toen werd er niet gebeld.

* [‘Maar je deed het niet,’ zeg je. Luchtig. Gewoon een feit. #step: ground]
    ~ step_ground(1)
    Zonder verwijt.
    {Hij()} lacht, betrapt. ‘Nee. Ik ben vreselijk.’ En {hij()} kijkt je een tel langer aan dan anders.
* [‘Wat lief. Het gaat goed. En met jou?’ #step: pursue]
    ~ step_pursue(1)
    ‘Wat lief,’ zeg je, en je meent het ook nog. Je neemt het voornemen in ontvangst en kijkt niet of er iets in zit.
* [‘O ja? Was me niet opgevallen.’ #step: withdraw]
    ~ step_withdraw(1)
    Je kijkt naar de theedoek van de barman. Dat komt aan. {Hij()} lacht net iets te laat en schuift een halve stap dichterbij.
-
Dan is het er weer: {hij()} pikt je olijfje, het knettert tussen jullie, {zijn()} hand ligt een centimeter van de jouwe. Je weet hoe deze nacht gaat als je blijft. Je adem zit hoog. # body: breath

* [Zeg dat je naar huis gaat. Nu. #step: ground #locked: {pull_strong()} #why: Die centimeter tussen jullie handen is het enige in de hele zaak wat je nog voelt.]
    ~ step_ground(2)
    ~ p2_left = "said"
    {Hij()} wacht op een ‘tenzij’. Het komt niet. Je geeft {hem()} een zoen op {zijn()} wang, zoals je iedereen een zoen geeft, en loopt met een grijns door de kou naar huis. # partner: away
* [Blijf tot de grote lampen aangaan, je weet maar nooit. #step: pursue]
    ~ step_pursue(2)
    ~ p2_left = "stayed"
    Bij sluitingstijd zoent {hij()} je op je mondhoek. ‘Ik app je.’ Jij loopt alleen naar huis en stelt in je hoofd het berichtje op dat {hij()} zo gaat sturen. # partner: away
* [Ga naar de wc en kom niet meer terug. #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_left = "slipped"
    Je glipt met je jas door de zijdeur. Op de brug zoemt je telefoon: ‘waar ben je??’ Is dit vrijheid, of vind je het gewoon fijn dat er naar je gezocht wordt? # partner: away
-
-> the_call

= the_call
{you_chased() && (pattern_so_far() == "pursue" || partner_far()):-> no_call}
# scene: bedroom # partner: away
{p2_left == "stayed":Kwart voor drie. Geen bericht. Je hebt vier keer gekeken.|Het is net twee uur geweest en je ligt klaarwakker.}
~ p2_left = ""

De telefoon verlicht het plafond: {partner_name} belt. # sfx: ring

{partner_close():‘Hé.’ {Zijn()} stem is nuchter en heel dichtbij. ‘Mag ik nog langskomen? Ik sta eigenlijk al bij de brug.’|‘Hé.’ Wind achter {zijn()} stem, en een paar biertjes. ‘Mag ik nog langskomen?’}

Je hart bonkt in je keel. # body: heart

* [Zeg nee, en waarom. #step: ground #locked: {pull_strong()} #why: {Zijn()} stem is al bij je in de kamer, en de helft van je heeft de deur al van het slot gedaan.]
    ~ step_ground(2)
    ‘Nee,’ zeg je. Jullie schrikken er allebei van. ‘Juist omdat ik je hier wil hebben. De ene nacht krijg ik alles van je, en daarna ben ik een week lucht. Daar ga ik aan kapot.’
    Het blijft lang stil. Dan, heel zacht: ‘Daar gaat iedereen aan kapot.’ Het is lief bedoeld. {Hij()} heeft het over mensen in het algemeen, niet over wat {hij()} zelf doet.
    {Zijn()} stem wordt nog zachter, en het makkelijke woord, ja, zit al in je keel. # body: throat
    -> the_return
* [Zeg ja, voor je kunt nadenken #step: pursue]
    ~ step_pursue(2)
    ~ p2_night = "gave"
    ‘Ja,’ zeg je. ‘Kom maar.’
    -> he_comes
* [Leg hem omgekeerd neer en laat hem overgaan #step: withdraw]
    ~ step_withdraw(2)
    Hij gaat over, en over, en houdt op. De stilte daarna is enorm.
    -> rang_out

= the_return
{partner_close():‘Ik kan er over vijf minuten zijn,’ zegt {hij()}. ‘Je hoeft alleen maar ja te zeggen.’|‘Ik kan ook gewoon naar huis gaan,’ zegt {hij()}. Maar {hij()} hangt niet op.}
* [‘Niet iedereen. Jij.’ Zeg wat je ziet. #step: ground #locked: {pull_strong()} #why: {Hij()} klinkt zo spijtig en zo dichtbij dat alles wat waar is nu gemeen zou klinken.]
    ~ step_ground(2)
    ~ boundary_held()
    ~ p2_night = "held"
    -> named
* [Hoor hoe zacht {zijn()} stem geworden is, en zeg: kom #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p2_night = "gave"
    ‘Kom,’ zeg je. Je hoort {hem()} uitademen, lang.
    -> he_comes

= rang_out
{partner_close():Hij gaat nog twee keer over.|Hij gaat nog één keer over, en houdt op.} Dan een bericht: ‘ik weet dat je wakker bent. alsjeblieft.’ En: ‘ik mis je.’

Je adem wordt kort en hoog. # body: breath

* [Stuur: ‘Nee. Niet vannacht.’ Leg de telefoon in een andere kamer #step: ground #locked: {pull_strong()} #why: Dat ‘ik mis je’ licht op in het donker, en je wilt het zo graag geloven.]
    ~ step_ground(1)
    ~ boundary_held()
    ~ p2_night = "silent"
    Je typt het met één duim: ‘Nee. Niet vannacht.’ Je zet er geen ‘sorry’ achter en geen kusje, al zweeft je duim boven allebei. Verzenden.
    Dan breng je de telefoon naar een andere kamer en doe je de deur dicht. Terug in bed tril je een beetje. Geen verdriet: inspanning.
    -> the_week
* [Bel {hem()} terug. Zeg: kom maar. #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p2_night = "gave"
    {Hij()} neemt meteen op. ‘Kom maar,’ zeg je, en {hij()} lacht, warm, opgelucht, licht aangeschoten, en zegt dat {hij()} al aan het eind van je straat staat.
    Natuurlijk staat {hij()} daar.
    -> he_comes

= named
‘Iedereen?’ zeg je. ‘Iedereen belt mij niet om twee uur ’s nachts. Jij wel.’

Stilte. De wind in de telefoon.

En dan komt de rest vanzelf; je hebt het al zo vaak in je hoofd gezegd. ‘Na onze mooiste nacht hoor ik drie dagen niks. Je wilt niks vasts, zeg je, en dan staat om twee uur ’s nachts je naam op mijn scherm. En laatst zei je dat het er bijna was. Bijna genoeg. Ik wil niet meer bijna zijn.’ Je stem trilt niet. Dat merk je op, met enige verbazing.

{partner_close():Een hele tijd zegt {ie()} niets, maar {hij()} hangt niet op.|Een hele tijd zegt {ie()} niets. Je denkt al dat de verbinding weg is.} Als {hij()} weer praat, klinkt {hij()} kleiner, en veel jonger.

‘Ik weet het,’ zegt {ie()}. ‘Ik weet dat ik het doe. Als het goed is met jou, gaat er iets in mij naar de nooduitgang zoeken. Een soort reflex.’ {Hij()} haalt adem. ‘Dat heb ik nog nooit tegen iemand gezegd. En ik ben niet eens dronken.’

Voor één keer hoor je wat er onder de charme zit: bang, teder, doodmoe. Het zou zo makkelijk zijn om te zeggen: kom dan. Kom hier, dan zijn we samen bang.

‘Slaap lekker, {partner_name},’ zeg je. ‘Ik meen het.’ En je hangt op. Het is de eerste keer in je leven dat jij ophangt.

Daarna lig je op je rug, de telefoon warm op je borst. Je hart gaat tekeer. Je ligt te stralen in het donker.
-> the_week

= he_comes
{partner_close():Tien minuten later staat {hij()} voor je deur|Pas na drie kwartier staat {hij()} voor je deur, als je al denkt dat {hij()} niet meer komt}, met een zak friet. De nacht is zacht. Je ligt wakker onder {zijn()} arm: zo is {hij()} als {hij()} niet bang is. # partner: here

’s Ochtends is {hij()} al aangekleed als je wakker wordt. ‘Werk,’ zegt {ie()}. Het is zaterdag.
-> the_week

= no_call
# scene: bedroom # partner: away
~ p2_left = ""
Kwart voor drie. Geen bericht. Drie uur. Je ligt op je rug, de telefoon op je borst, en wacht tot het plafond oplicht.
{partner_far():Het plafond blijft donker. Om half vier zie je dat {hij()} een uur geleden nog online was.|Om half vier licht het scherm op: een reclame voor hardloopschoenen. Je lacht, hardop, alleen in het donker.}

Je adem zit hoog en blijft daar. # body: breath

* [Leg de telefoon in een andere kamer en ga slapen #step: ground #locked: {pull_strong()} #why: Zodra je hem weglegt, belt {hij()}; dat weet je zeker, al weet je verder niets.]
    ~ step_ground(1)
    ~ p2_night = "waited"
    Je legt de telefoon in de gang, scherm naar beneden, en doet de deur dicht. Slapen lukt niet meteen. Maar je ligt niet meer te wachten.
* [Bel {hem()} zelf #step: pursue]
    ~ step_pursue(1)
    ~ p2_night = "waited"
    Hij gaat zes keer over. Dan {zijn()} voicemail, {zijn()} opgewekte, opgenomen stem. Je hangt op voor de piep. Om tien over vier: ‘sliep al. morgen x’.
* [Zet hem uit. Als {hij()} belt, vindt {hij()} niemand #step: withdraw]
    ~ step_withdraw(1)
    ~ p2_night = "waited"
    Je houdt de knop ingedrukt tot het scherm zwart is. Tot vijf uur lig je wakker en stel je je voor dat {hij()} belt.
-
-> the_week

=== the_week ===
{p2_night_held():Het houdt precies een week stand.|{p2_night == "waited":Zaterdag niets. Zondag niets. Dinsdag: ‘sorry, gekkenhuis. spreek je snel’.|Een week, deze keer. Zo lang blijft het zacht. Zaterdag zweef je. Dan ‘wat een nacht x’, en niets tot {partner_far():donderdag|woensdag}: ‘sorry, gekkenhuis. spreek je snel’.}} # scene: home # partner: away
{ p2_night_held():
    -> held_week
- else:
    -> gave_week
}

= held_week
De eerste dagen zijn verbazend goed. Je slaapt acht uur per nacht, je ruimt de kast op waar je al een jaar omheen loopt, je telefoon blijft in je jaszak aan de kapstok.

{partner_close():Dinsdag al|Woensdag} een foto van twee koffiebekers op {zijn()} vensterbank, de ene leeg: ‘jouw beker mist je. de rest van mij ook.’ # sfx: sms

* [Voel wat het met je doet, en laat het zo. #step: ground]
    ~ step_ground(1)
    Je leest het twee keer. Het trekt, en je blijft zitten.
    Je antwoordt niet. Niet uit wrok. Je hebt nog geen eerlijk antwoord, en de andere soort verstuur je niet meer.
* (hw_heart) [Antwoord met één klein hartje. #step: pursue]
    ~ step_pursue(1)
    Eén hartje kan geen kwaad. Je stuurt het, en meteen ben je opgelucht.
    Binnen een minuut: ‘!!! mag ik je zien?’ En nu moet je ‘nog niet’ typen, veel moeilijker dan zwijgen, want de deur staat op een kier en jij leunt er van binnenuit tegenaan.
* [Archiveer het ongelezen. En het volgende ook. #step: withdraw]
    ~ step_withdraw(1)
    Je veegt het naar het archief. ’s Avonds komt er nog een. Die archiveer je ook, zonder verder te lezen dan ‘ik moet steeds’.
    Elke keer geeft dat een klein, koud schokje voldoening.
-
{p2_text_reply == "withdraw":Donderdag komt Eva langs met soep. Je doet al weken kortaf tegen haar en zij weet niet waarom. Je schept haar nog eens op, als excuus voor iets waar zij niets van weet.|Donderdag komt Eva langs met soep. Ze weet niets van dat bericht. Ze vertelt over de heup van Jonas’ moeder, en je denkt: van iedereen koos {partner_name} precies degene die nooit bij Jonas weggaat.}

Dan komt het andere boven. Wat als {hij()} je op je woord heeft geloofd en nu ergens warm zit met iemand die nergens om vraagt? Je bent nog steeds sterk, maar de angst groeit mee.

Vrijdagavond zit het in je maag, zwaar en stil. De blauwe tandenborstel staat nog steeds in het glas. # body: stomach

* [Bel Noor: je bent bang dat je {hem()} kwijt bent #step: ground]
    ~ step_ground(1)
    ‘Ik ben bang dat ik {hem()} kwijt ben,’ zeg je tegen Noor. ‘Voorgoed. En ik ben ook bang dat dat niet zo is.’ Jullie moeten allebei lachen, omdat het belachelijk is en waar.
    Noor zegt niet wat je moet doen. Ze vertelt over haar week, en aan het eind zegt ze: ‘Het kan allebei waar zijn, en dan kun je nog steeds gewoon naar bed.’ Dus dat doe je.
* [Scrol tot drie uur door {zijn()} foto’s #step: pursue]
    ~ step_pursue(1)
    Je ligt op je zij en scrolt. {Hij()} op de vensterbank. {Hij()} in slaap, een foto die je zonder te vragen nam. Je zoomt in op {zijn()} mond.
    Om drie uur stop je, omdat je batterij op vier procent staat. Vanuit de badkamer kijkt de tandenborstel je aan.
* [Ga uit. Dans tot je niets meer voelt #step: withdraw]
    ~ step_withdraw(1)
    Je gaat stappen met collega’s die je niet eens zo leuk vindt, en danst in een kelder tot de bas het denken overneemt. Iemand trakteert je op een drankje en praat. Jij kijkt naar de deur, telkens als die opengaat. # scene: bar # partner: away
    Om vijf uur ben je thuis, schor en leeggedanst, en je valt in je kleren in slaap. Het werkt. Zolang de slaap duurt, ongeveer. # scene: home # partner: away
-
-> sunday

= gave_week
{
- p2_night == "waited": Een hele nacht heb je naar een plafond gekeken dat niet oplichtte, en je hebt het {hem()} niet eens verweten.
- night_call.the_return: Je hebt het zelf gezegd, in het donker: de ene nacht alles, dan een week lucht, daar ga je aan kapot. En toen zei je: kom.
- else: De ene nacht alles, daarna een week niks. En jij zei: kom maar.
}

{p2_text_reply == "withdraw":Eva appt of je mee gaat wandelen, en je schrijft dat je het druk hebt. Je doet al weken kortaf tegen haar; ze weet alleen dat je raar bent gaan doen.|Eva komt koffie drinken, weet van niets, en jij kijkt om de vier minuten op je telefoon.}

* [Schrijf niet. Schrijf op wat het wachten met je doet #step: ground]
    ~ step_ground(1)
    Je schrijft op hoe het wachten voelt: strakke kaken, koude handen. Iets in je borst dat de hele tijd naar voren leunt.
    Het wachten stopt er niet van. Maar op papier is het kleiner dan jij.
* (gw_write) [Schrijf iets luchtigs, waar geen vraag in zit #step: pursue]
    ~ step_pursue(1)
    Je stuurt {hem()} een filmpje van een kat die van een bank valt. Geen woorden. Niets wat {hij()} als claim kan opvatten.
    {partner_far():Negen uur later|Een uur later}: ‘haha’. Je leest die vier letters wel twintig keer, op zoek naar een toon.
* [Zeg tegen Noor, hardop, dat je er klaar mee bent. #step: withdraw]
    ~ step_withdraw(1)
    ‘Ik ben er klaar mee,’ zeg je door de telefoon tegen Noor, zo hard dat de buren het horen. ‘Geen alles-en-dan-niks meer.’ Terwijl zij meeluistert, zet je {hem()} op stil.
    Noor klapt, langzaam, in de telefoon, en gelooft er niets van.
-
-> sunday

= sunday
~ temp on_the_step = false
// phase-local from here on: cleared so the explorer can merge states (see common/phase2.ink)
~ p2_text_reply = ""
Zondagavond wordt er geklopt, twee keer en dan één. # sfx: knock

{partner_close():{Hij()} staat op de overloop, een tas prei en paddenstoelen tegen {zijn()} borst. ‘Ik zou toch voor je koken.’|{Hij()} staat een tree onder de overloop, een tas prei en paddenstoelen in {zijn()} hand, klaar om weer te gaan. ‘Ik zou toch voor je koken. Als het nog mag.’} Voor het eerst doet {hij()} iets wat {hij()} gezegd heeft. # partner: here

{p2_night_held():De hele week heeft {hij()} het blijven proberen, en de hele week {the_week.held_week.hw_heart:heeft jouw nee standgehouden, op één klein hartje na|heb jij je nee volgehouden}. Nu staat dat nee naast je in de deuropening.|{the_week.gave_week.gw_write:‘haha’ was het laatste woord, en nu staat {hij()} hier met boodschappen. Vier letters, en dan dit.|Je had {hem()} niet verwacht. Op het moment dat jij ophield met wachten, kwam {hij()}.}}

Je maag draait zich langzaam om. # body: stomach

* [Houd de deur half open. Praat op de drempel. #step: ground #locked: {pull_strong()} #why: De kou die aan {zijn()} jas hangt, is al half de gang in, en jij ook.]
    ~ step_ground(2)
    {p2_night_held():
        ~ boundary_held()
    }
    ~ on_the_step = true
    Jij blijft in de deuropening, {hij()} op de overloop, en jullie kijken allebei naar de drempel.
    ‘Ik zeg geen nee tegen eten,’ zeg je. ‘Ik zeg dat ik niet terugga naar alles-en-dan-niks. Ook niet voor paddenstoelen.’
    {Hij()} lacht, en dan niet meer. {Hij()} zet de tas neer tegen de muur.
* [Zeg dat je {hem()} elk uur gemist hebt, en toch niet teruggaat #step: ground #locked: {walls_up()} #why: De muur die je deze week hebt gebouwd, is het enige wat je overeind houdt; er kan geen steen uit.]
    ~ step_ground(2)
    {p2_night_held():
        ~ boundary_held()
    }
    ~ on_the_step = true
    ‘Ik heb je gemist,’ zeg je. ‘Elk uur. En ik ga niet terug naar hoe het was. Allebei waar.’
    Je staat er zonder dekking bij. {Hij()} kijkt je lang aan en maakt er geen grapje van.
* [Doe een stap achteruit en laat {hem()} binnen #step: pursue]
    ~ step_pursue(2)
    {p2_night_held():
        ~ boundary_given_up()
    }
    Je doet een stap achteruit. {Hij()} komt binnen met een vlaag kou, prei en aftershave, en de deur valt achter de hele week dicht.
    De risotto is aan de bodem aangebrand en het lekkerste wat je dit jaar gegeten hebt.
-
{on_the_step:{Hij()} kijkt een hele tijd naar de vloer van de overloop. Dan op.|Later, op de bank, met {zijn()} hoofd op je schoot, wordt {hij()} stil. Dan kijkt {hij()} op.}

‘Ik ben verliefd op je,’ zegt {ie()}. ‘Al sinds die vis, denk ik. Ik weet niet wat ik ermee moet.’

En meteen zit er een vraag in je keel: wat zijn wij dan? # body: throat

* [Zeg dat je een relatie wilt, geen brokstukken. #step: ground #locked: {pull_strong()} #why: Als je om meer vraagt, raak je misschien ook dit kwijt, en dit is het eerste warme in een week.]
    ~ step_ground(2)
    ~ p2_wish = "spoken"
    ‘Ik wil een relatie,’ zeg je. ‘Een echte. Niet nachten en dan stilte. Kun je dat niet, dan hoor ik het liever nu.’
    {Hij()} is zo lang stil dat je de koelkast hoort. {Zijn()} ogen gaan naar een deur die alleen {hij()} kan zien. Dan komt {hij()} terug.
    ‘Oké. Ja. Ik weet niet of ik er goed in ben.’ {Zijn()} handpalm is klam in de jouwe. ‘Maar ik wil het proberen.’
    Je gelooft {hem()} op {zijn()} woord, en let voortaan ook op wat {hij()} doet.
* [Slik het in. Liever half dan niet. #step: pursue]
    ~ step_pursue(2)
    ~ p2_wish = "swallowed"
    Je slikt het in. Wat jij wilt, zou {hem()} kunnen wegjagen.
    ‘Ik ook,’ zeg je, en dat is waar. De rest bewaar je voor later. Deze avonden zet je er niet voor op het spel.
* [Haal als eerste je schouders op: ‘Geen etiketten.’ #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_wish = "hidden"
    ‘Geen etiketten,’ zeg je, en je haalt je schouders op, voor {hij()} het kan doen. ‘We zien wel.’
    {Hij()} is zichtbaar opgelucht, en die opluchting doet meer pijn dan welk woord ook. Je hebt niets gevraagd, dus niemand kan nee zeggen.
-
{
- p2_wish == "spoken":
    Later, alleen, laat je de blauwe tandenborstel staan waar hij staat. Niet uit hoop: je hebt je vraag hardop gesteld. # partner: away
- p2_wish == "swallowed":
    Later valt {hij()} naast je in slaap, jullie adem niet gelijk. Bijna hetzelfde ritme, maak je jezelf wijs.
- else:
    Later, alleen, zet je de twee glazen ondersteboven op het rek, naast elkaar, zonder dat ze elkaar raken. # partner: away
}

En zo danst de dans verder. # pause: 2
-> cafe
