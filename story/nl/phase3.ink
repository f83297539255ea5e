// Fase 3 — Bijna uitgedanst. Het café, de nacht erna, het koord, de deur.
// Vlaggen staan in ../common/phase3.ink (p3_…). Tweeling van ../en/phase3.ink.

=== cafe ===
# phase: 3
# scene: cafe
Met z'n tweeën zijn jullie goed: zondagochtenden, {zijn()} voet die onder het laken de jouwe zoekt.
Tussen anderen wordt er een klein beest wakker in je borst dat begint te tellen: naar wie {hij()} kijkt, wie om {zijn()} grappen lacht.
Vrijdag, het café op de hoek. Noor zit aan de bar met een collega. {partner_name} doet de bruiloftsspeech van {zijn()} neef na, met alle stemmetjes, en je lacht zo hard dat de kaarsvlam buigt.
De deur zwaait open: vijf, zes mensen die hun paraplu's uitschudden. {Zijn()} ogen gaan naar hen toe. Heel even, dan weer naar jou. Het beest tilt zijn kop op.
* [Leg je hand op die van {hem()} en laat die daar liggen #step: pursue]
    ~ step_pursue(1)
    Je drukt je hand op die van {hem()}, zoals je een bladzijde platdrukt als het waait. {Hij()} vlecht {zijn()} vingers door de jouwe zonder te kijken, met {zijn()} aandacht al bij iets achter je.
    Niks aan de hand. {Hij()} is hier. Je houdt {hem()} toch vast?
    Later haalt {hij()} {zijn()} vingers los om een rondje te halen, en komt niet terug.
* [Zeg het luchtig: ‘Vrienden van je?’ #step: ground]
    ~ step_ground(1)
    ~ p3_named_it = true
    ‘Vrienden van je?’ Je bedoelt het grotendeels luchtig.
    ‘Nooit eerder gezien.’ {Hij()} tikt op het puntje van je neus. ‘Moet je jou zien, je houdt me in de gaten.’ Je lacht alsof het een grapje is. Maar je hebt hardop gezegd dat je het zag, en ergens in je telt dat.
    Later loopt {hij()} naar de bar voor een nieuw rondje, en komt niet terug.
* [Laat het. Draai je om en zwaai naar Noor #step: withdraw]
    ~ step_withdraw(1)
    Je zwaait naar Noor, die een geeuw nadoet richting haar collega, en je lacht harder dan het verdient. Jij bent niet iemand die bijhoudt waar een ander naar kijkt. Vanaf nu niet meer, besluit je.
    Als je je weer omdraait, kijkt {partner_name} langs je oor. Dan haalt {hij()} een nieuw rondje, en je kijkt hoe {hij()} niet terugkomt.
-
Bij de kapstok staat iemand in een groene jas met {hem()} te praten, twee verse glazen verschalen naast {zijn()} elleboog.
De groene jas gooit het hoofd achterover en lacht, en {partner_name} lacht mee: de lach van het begin, die je voor de jouwe hield. Naar jullie tafeltje heeft {hij()} nog niet één keer gekeken.
Noor ploft neer op de lege stoel. ‘Zullen we naar De Lantaarn? Mijn collega praat me de oren van het hoofd.’
* [Loop er eerst heen: zeg waar je bent, en dat {hij()} moet komen #step: pursue]
    ~ step_pursue(2)
    ~ p3_told_where = true
    Van dichtbij is de groene jas gewoon een mens: aardig gezicht, beetje aangeschoten. Je legt je hand onder aan {zijn()} rug en het voelt alsof je andermans jas aan een haakje aanraakt.
    ‘We gaan naar De Lantaarn. Kom je ons zoeken?’
    ‘Ja, ja. Ik kom zo.’ {Hij()} draait zich niet helemaal om. Je wacht een tel of er nog meer komt. Er komt niets meer.
* [Zeg tegen Noor hoe het is: ‘Ik kan hier niet naar blijven kijken.’ #step: ground]
    ~ step_ground(1)
    ‘Ik kan hier niet naar blijven kijken.’ Het lucht op om het hardop te horen, al is het nog zo zacht. De hele avond liep er een draad tussen jou en {hem()}; nu kun je hem niet meer vinden.
    Noor zegt niet dat je het je verbeeldt. Ze haalt gewoon je jas.
* [Loop zonder iets te zeggen naar buiten. Laat {hem()} het lege tafeltje maar vinden #step: withdraw]
    ~ step_withdraw(2)
    Je pakt je jas en loopt langs het eind van de bar naar buiten, zo dichtbij dat je {zijn()} mouw raakt. Geen woord. Laat {hem()} zich maar eens omdraaien en een leeg tafeltje zien.
    {Hij()} draait zich niet om.
-
In De Lantaarn ga je met je gezicht naar de deur zitten, zonder dat je dat besluit.
‘Nou,’ zegt Noor, op haar toon voor schrikachtige paarden. ‘Praten, of zal ik je vertellen over de saxofoon van mijn buurman?’
* [Vertel haar hoe het echt zit: samen is het perfect, tussen anderen word je een vreemde #step: ground #locked: {walls_up()} #why: Zet je die deur op een kier, dan komt alles wat erachter zit naar buiten, hier, aan dit plakkerige tafeltje.]
    ~ step_ground(1)
    ~ p3_told_noor = true
    Je zegt het voor je het netjes kunt maken. Met z'n tweeën is het perfect. Tussen anderen sta je op wacht als een hond bij een hek. Je bent nooit van je leven jaloers geweest, en nu woont er een vreemde in je huid, en die telt.
    Noor luistert tot het eind zonder je te onderbreken, en bij Noor is dat een vorm van liefde. ‘Je wordt niet gek,’ zegt ze. ‘Je merkt iets op. Dat is iets anders.’
* [‘De saxofoon. Graag.’ #step: withdraw]
    ~ step_withdraw(1)
    Haar buurman speelt er alleen op zondagochtend op, en dan nog maar één nummer, vals en vol overgave. Je lacht op alle goede momenten. Je zult er geen woord van onthouden.
* [App {hem()} onder tafel: ‘we zitten in de Lantaarn x’ #step: pursue]
    ~ step_pursue(1)
    ~ p3_told_where = true
    we zitten in de lantaarn x. Je kijkt lang naar dat kusje, en laat het staan. Afgeleverd. Niet gelezen. Je kijkt nog een keer, alsof een telefoon daar gevoelig voor is.
    ‘Zat je nou {hem()} te appen?’ vraagt Noor. ‘Nee,’ zeg je, en je legt je telefoon met het scherm naar beneden, en draait het ding weer om.
-
Een half uur. Dan draait er iets om in je maag, traag en zwaar, als een sleutel in een stroef slot. Nu, zegt het. Ga nu terug. # body: stomach
* [Luister ernaar. Sta op en ga terug, nu #step: ground]
    ~ step_ground(2)
    ~ p3_saw = true
    ‘Ik moet terug.’ Noor kijkt één keer naar je gezicht en vraagt niets. Ze loopt met je mee.
    -> doorway
* [Bel {hem()} liever. Gewoon om te horen waar {hij()} is #step: pursue]
    ~ step_pursue(2)
    ~ p3_saw = true
    Buiten bel je {hem()}. Er wordt niet opgenomen. Nog eens. De derde keer krijg je meteen de voicemail, {zijn()} stem vrolijk en onbekommerd, en juist dat zet je aan het rennen.
    -> doorway
* [Het zijn de zenuwen. Bestel nog een glas en blijf zitten #step: withdraw]
    ~ step_withdraw(1)
    -> stayed

= doorway
{veil_infidelity:
    De regen is dun geworden, bijna stof. De ramen van het café op de hoek zijn beslagen. Binnen staat {zijn()} stoel naar achteren geschoven en hangt {zijn()} jas niet meer aan de kapstok; de twee glazen staan doodgeslagen op de bar.
    De vrouw achter de bar haalt haar schouders op: een paar minuten geleden vertrokken. Ze zegt niet alleen, en ze zegt niet niet alleen.
    Ergens vanbinnen heb je het al geraden en meteen weggestopt, zoals je een brief wegstopt die je nog niet open durft te maken. Misselijk word je er toch van.
- else:
    Veertig meter voor je zwaait de deur van het café open en stapt de groene jas naar buiten, lachend om iets over de schouder. Dan {partner_name}.
    Je bereikt de deuropening op hetzelfde moment als {hij()}. Een lange seconde blijft {hij()} staan, en je ziet {hem()} denken. Dan wendt {hij()} {zijn()} gezicht af, alsof het licht te fel is, en loopt de groene jas achterna.
}
* [Ga {hem()} achterna #step: pursue]
    ~ step_pursue(2)
    Je rent naar de hoek, alsof er nog iets in te halen valt. De straat is nat en leeg en oranje onder de lantaarns: niemand, alleen ergens een fietsbel en je eigen adem. Je blijft staan tot Noor haar arm door de jouwe steekt.
* [Laat {hem()} gaan. Ga naar huis #step: ground]
    ~ step_ground(1)
    Je weet waar {hij()} heen gaat, zoals je in het donker weet dat er een traptree ontbreekt. ‘Ik ga naar huis,’ zeg je tegen Noor. Ze biedt aan om mee te lopen. Je zegt nee en je meent het, en ze laat je het menen.
* [Ga met Noor weer naar binnen en lach zo hard dat het hele café het hoort #step: withdraw]
    ~ step_withdraw(2)
    Aan de bar bestel je twee shotjes en je drinkt ze allebei op. Je lacht om een grap van de barvrouw, om die van Noor, om niks. Wie je zag, zou denken dat je de avond van je leven had. Niemand ziet je.
-
-> night_after

= stayed
Je drinkt het glas voor de helft leeg in één teug, en het draaien in je maag gaat liggen, mokkend, als een hond die zich koest moet houden.
Om één uur brengt Noor je thuis, langs het café op de hoek, de stoelen op de tafels. Je kijkt niet of {zijn()} fiets in het rek staat. Je kijkt toch. Het rek is leeg.
-> night_after

=== night_after ===
# scene: bedroom
Je zit aangekleed rechtop in bed en staart naar de kastdeur. {p3_saw: Elke keer dat je je ogen dichtdoet: {veil_infidelity: de weggeschoven stoel, de lege haak, dat schouderophalen.|de deuropening, en {zijn()} gezicht dat zich afwendt als een omgeslagen bladzijde.}|Je hebt niets gezien. Dat blijf je tegen jezelf zeggen.}
{p3_told_noor: Je telefoon licht op. Noor: ben je veilig thuis? ik ben wakker. hoe laat ook.}
* [Leg je hand plat op je buik en laat het daar pijn doen #step: ground]
    ~ step_ground(1)
    Je legt je hand op de plek waar het uren geleden omdraaide: een knoop zo groot als een vuist. Je gaat er niet tegenin. Je zit ermee zoals je met iemand in een ziekenhuisgang zit: niemand hoeft iets te zeggen.
    {p3_told_noor: Dan app je Noor terug: niet oké. maar thuis. Ze stuurt één hartje en verder niets, en dat is precies goed.}
* [Typ ‘Ik weet wat je gedaan hebt.’ Wis het. Typ het opnieuw #step: pursue]
    ~ step_pursue(1)
    Je typt ik weet wat je gedaan hebt en wist het. Je typt waar ben je en wist dat ook. Het scherm dimt en je tikt het wakker, steeds opnieuw, zodat het niet op je kan uitgaan.
* [Zet je telefoon op stil en gooi hem naar het voeteneind #step: withdraw]
    ~ step_withdraw(1)
    Je zet hem op stil en gooit. Hij landt met het scherm naar beneden in de plooien van het dekbed, een zwart steentje. Twee minuten later kruip je ernaartoe en zet je het geluid weer aan. Voor het geval wát, zou je niet kunnen zeggen.
-
Om 2:51 gaat je telefoon. {partner_name}. # sfx: ring
‘Waar was je nou? Ik heb je overal gezocht. Je kunt toch niet zomaar verdwijnen?’ De wind schuurt over de microfoon.
{p3_told_where: Je had {hem()} gezegd waar. Er stond nog een kusje achter ook.}
{Hij()} klinkt gekwetst, alsof jij degene bent die de nacht in liep.
* [{p3_saw: ‘Ik ben teruggegaan naar het café, {partner_name}. Ik weet het.’|‘Waar ben jij gebleven, {partner_name}? Zeg het maar.’} #step: ground #locked: {pull_strong()} #why: Een deel van je zegt liever sorry dan dat het het antwoord moet horen.]
    ~ step_ground(2)
    Het komt er rustig uit, als iets wat je voorzichtig op tafel zet.
    {p3_named_it: Aan het begin van de avond zag je het ook al: ‘Vrienden van je?’ en dat tikje op je neus. En je zei het.}
* [‘Waag het niet. Waag het niet om dit op mij af te schuiven.’ #step: withdraw]
    ~ step_withdraw(1)
    Je stem schiet omhoog en breekt bovenin als een goedkoop glas, en aan {zijn()} kant valt zelfs de wind even stil.
* [‘Sorry, ik… Noor wilde weg, ik had toch geappt…’ #step: pursue]
    ~ step_pursue(2)
    Het is eruit voor je het kunt tegenhouden: een excuus, een uitvlucht die je {hem()} aanreikt om in te stappen. En dan, met een klein stemmetje: {veil_infidelity: ‘Waar ben je daarna heen gegaan?’|‘Ben je met die ander mee naar huis gegaan?’}
-
{veil_infidelity:
    ‘Wat? Nee.’ Dan een lang verhaal met gaten erin, tot de gaten groter zijn dan het verhaal.
    De details heb je niet nodig, en {hij()} geeft ze ook niet. Als het ontkennen op is, blijft het antwoord over. Het hangt boven het bed, als rook die nergens heen kan.
- else:
    ‘Wat? Nee. We stonden te praten, meer niet.’ Je zegt niets. Zwijgen is het enige waar {hij()} niet tegenin kan gaan.
    ‘Er is niks gebeurd.’ En dan, zo zacht dat de wind het bijna meeneemt: ‘Oké. Ja. Ik ben mee naar binnen gegaan.’
}
Je hangt op.
De telefoon gaat weer. # sfx: ring
Elke keer komt {hij()} iets verder: je naam; je naam en sorry; je naam en sorry en alsjeblieft, luister nou even.
* [Laat de telefoon overgaan tot het ophoudt #step: withdraw]
    ~ step_withdraw(1)
    {Zijn()} naam licht op, gaat uit, licht weer op. Je telt de oproepen zoals je schaapjes telt. Bij de zevende neemt je duim op zonder het je te vragen.
* [Neem op en zeg: ‘Ik kan vannacht niet met je praten.’ #step: ground]
    ~ step_ground(1)
    ‘Ik kan vannacht niet met je praten.’ De eerste ware zin van de hele avond. ‘Weet ik,’ zegt {hij()}. ‘Maar hang niet op. Alsjeblieft.’ En je hangt niet op, en waarom niet, weet je niet.
* [Neem op en luister. Alleen luisteren #step: pursue]
    ~ step_pursue(1)
    Je laat {zijn()} stem komen: de stem die je pijn heeft gedaan, en de enige die je wilt horen. Vreselijk hoe makkelijk die twee in één hand passen.
-
Dan wordt {zijn()} stem zacht. ‘Kom hier. Kom naar mij toe.’ Een ademhaling. ‘Als je niet wilt, snap ik dat.’
‘Ik kom natuurlijk niet,’ zeg je, en het is waar. In de stilte voel je het deel van jou dat zijn schoenen al aanheeft.
* [‘…Oké. Ik kom eraan.’ #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p3_went_over = true
    -> went
* [Hou vast aan je nee: ‘Welterusten, {partner_name}.’ #step: ground #locked: {pull_strong()} #why: Het deel van je dat al halverwege de trap is, hoort geen woord van wat je zegt.]
    ~ step_ground(2)
    ~ boundary_held()
    -> stayed_home

= went
Het is alsof iemand anders het zegt, iemand die onder jou woont en pas na middernacht bovenkomt.
Je fietst twee keer door rood. {Hij()} doet al open voor je kunt aanbellen, en geen van jullie zegt iets. Eén woord en het is kapot.
De nacht is beter dan alle nachten ervoor. {Hij()} is trager, zachter, alsof er iets goed te maken valt. Tegen de ochtend zegt {hij()} dat {hij()} je wil, dit keer echt. Het voelt alsof je een spel wint waar je nooit voor hebt getekend.
-> tightrope

= stayed_home
‘Welterusten, {partner_name}.’ Je zet je telefoon uit. Niet op stil: uit. In het zwarte scherm kijkt je eigen gezicht je aan.
Het is het moeilijkste wat je in maanden hebt gedaan, en niemand heeft het gezien. Om 7:12 loopt je scherm vol met {partner_name}: vier berichten, een spraakbericht, een laatste met alleen je naam. Je antwoordt niet. Niet om {hem()} te straffen; je hebt gewoon nog geen antwoord.
-> tightrope

=== tightrope ===
# scene: home
Dagenlang is het alleen een plaatje: {p3_saw: {veil_infidelity: de weggeschoven stoel, de twee dooie glazen, het schouderophalen achter de bar|{zijn()} gezicht dat zich afwendt in de deuropening}|{zijn()} elleboog op de bar, de lachende groene jas}. Dan, op woensdag, terwijl je een kopje omspoelt, komt het aan.
Je bent klaar met {hem()}, zeg je tegen jezelf. Maar jullie staan samen op een koord: leunt de een naar voren, dan leunt de ander weg.
* [Bel Noor en vertel haar alles, van begin tot eind #step: ground]
    ~ step_ground(1)
    {p3_told_noor: Noor weet hoe het begon; de rest vertel je haar|Je vertelt Noor alles, vanaf het café}, op de keukenvloer, met de koelkast zoemend in je rug. Ze zegt niet dat je {hem()} moet laten gaan. ‘En wat wil jij?’ Je weet het niet. En voor één keer voelt dat niet als falen.
* [Lees 's nachts je oude berichten terug, helemaal tot het begin #step: pursue]
    ~ step_pursue(1)
    's Nachts scrol je terug, langs de magere weken, naar toen {hij()} goeiemorgen schreef met zeven o's en je honden stuurde die volgens {hem()} op jou leken. Als je de telefoon weglegt, zijn de vogels al begonnen.
* [Verwijder {zijn()} nummer. Je kent het toch uit je hoofd #step: withdraw]
    ~ step_withdraw(2)
    Het nummer, de chat, de foto's, een voor een, als iemand die een bom onschadelijk maakt. Daarna voel je je schoon en leeg. Het nummer zit nog in je hoofd, elk cijfer, met {zijn()} stem erbij.
-
Zaterdag gaat je telefoon. # sfx: sms
ik sta beneden. vijf minuten? maar vijf.
{Hij()} staat op de stoep, nat haar, een zak van de goede bakker in {zijn()} hand. Je gaat naar beneden, en de kwaadheid komt helder en koud omhoog.
* [Zeg wat het met je gedaan heeft. Gewoon, zonder je stem te verheffen #step: ground #locked: {walls_up()} #why: Je muren zijn inmiddels zo hoog dat zelfs je eigen stem er niet meer overheen komt.]
    ~ step_ground(2)
    ‘{veil_infidelity: Je hebt gedaan wat je die nacht gedaan hebt|Je bent met een ander mee naar huis gegaan}, en daarna belde je mij om het goed te komen maken. {p3_went_over: En ik kwam.|En toen ik niet wilde, bleef je bellen.}’ Er valt niets aan toe te voegen. ‘Het zit er nog steeds. In mijn maag, elke dag.’
* [Sla je armen over elkaar. Geef {hem()} één woord tegelijk #step: withdraw]
    ~ step_withdraw(2)
    Je leunt tegen de deurpost. Ja. Nee. Prima. Maakt niet uit. Muntjes voor iemand die je niet vertrouwt, en je kijkt hoe {hij()} daar een gesprek van probeert te bouwen.
* [De boosheid is al weg voor je er iets mee kunt. Je pakt de zak aan #step: pursue]
    ~ step_pursue(1)
    Er zit bloem op {zijn()} mouw, en de boosheid loopt uit je weg als lucht uit een band. Je pakt het brood aan. Je hoort jezelf dankjewel zeggen.
-
‘Ik heb soms ruimte nodig. Het ligt niet aan jou.’ {Hij()} knippert te vaak. ‘Ik heb je nooit pijn willen doen.’
In je hoofd begint iedereen die ooit van je heeft gehouden te zingen: Niet toegeven. Noor zingt de hoge partij.
* [‘Ik denk dat je nu beter kunt gaan.’ #step: ground #locked: {pull_strong()} #why: Het brood, het natte haar, hoe {hij()} je naam zegt: alles in je helt al naar {hem()} over.]
    ~ step_ground(2)
    Je zegt het zacht, en je meent het, en je blijft het menen terwijl {hij()} je aankijkt, en dat is het moeilijke. {Hij()} knikt. {Hij()} gaat.
    -> keep_distance
* [Stap naar binnen en doe de deur voor {zijn()} neus dicht #step: withdraw]
    ~ step_withdraw(2)
    Geen klap, alleen een klik, en dat is erger. Door het matglas zie je {zijn()} silhouet lang blijven staan, dan het brood tegen de stoep zetten, dan weggaan.
    -> keep_distance
* [Laat {hem()} je hand pakken #step: pursue]
    ~ step_pursue(2)
    ~ p3_hunger_won = true
    {Hij()} pakt je hand en je laat het gebeuren. Meer is er nooit nodig geweest.
    -> hunger

= keep_distance
Hoe harder je afstand houdt, hoe dichterbij {hij()} komt: een liedje om middernacht, een ansichtkaart van een koorddanser, {hij()} bij je werk met twee koffie, die van jou met havermelk, zonder iets te vragen.
En je geniet ervan, God sta je bij: voor één keer word jij achternagezeten. De honger zit in je, geduldig. Hij kent je.
* [Hou afstand, ook nu #step: ground #locked: {pull_strong()} #why: De honger wacht al de hele week, en die is luider dan alle verstandige stemmen bij elkaar.]
    ~ step_ground(2)
    ~ boundary_held()
    Bij de tramhalte buigt {hij()} zich naar je toe en je draait je gezicht weg, zodat de kus naast je oor belandt. ‘Niet zo. Nog niet. Misschien helemaal niet.’ Door het raam van de tram zie je {hem()} staan met twee lege bekers, als iemand die niet weet wat er nu komt.
    Het voelt niet als winnen. Het voelt als iets heel zwaars heel stil vasthouden. Maar het houdt.
    -> after
* [Laat de honger winnen #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p3_hunger_won = true
    Bij de tramhalte buigt {hij()} zich naar je toe en je draait je gezicht niet weg. De tram komt en gaat, en de volgende ook.
    -> hunger

= hunger
De honger wint in één keer: je gezicht in {zijn()} hals, het koor in je hoofd stil. Je weet wat er daarna komt, zo zeker als de rekening na het eten.
-> after

= after
{p3_hunger_won: En die komt. Een paar warme dagen, dan worden {zijn()} berichten losse woorden, en dan niets meer.|En dan, alsof {hij()} voelt dat het koord slap komt te hangen, houden de liedjes op, en de koffie. Dan helemaal niets meer.}
-> door

=== door ===
# scene: door
Negen dagen zonder een woord. Onaangekondigd langskomen doe je niet; het is een van jullie onuitgesproken regels. {p3_hunger_won: Grappig: {hij()} staat met brood op jouw stoep wanneer het {hem()} uitkomt.|Grappig: {hij()} stond laatst nog met brood op jouw stoep.}
Je klopt. # sfx: knock
Voetstappen. Een stilte achter de deur, lang genoeg om door het spionnetje te kijken en een besluit te nemen.
Je keel sluit zich om iets wat je nog niet hebt doorgeslikt. # body: throat
De deur gaat een handbreedte open. {Hij()} ziet grauw: hoofdpijn, gisteren laat geworden. {Hij()} zegt het tegen de deurpost en gaat niet opzij. Zomaar langskomen stond nergens in de afspraak.
* [‘Mag ik even binnenkomen? Ik zet thee voor je. Ik ben heel stil.’ #step: pursue]
    ~ step_pursue(2)
    {Hij()} trekt een gezicht. ‘Vandaag even niet, hè? Ik ben echt kapot.’ De deur gaat nog een centimeter dicht. Je doet alsof je het niet ziet, en jij bent degene die sorry zegt.
    Je loopt naar huis met het gevoel dat je hebt aangeklopt bij iets wat nooit een deur was.
* [Luister naar je keel. ‘Oké. Beterschap.’ En ga #step: ground #locked: {pull_strong()} #why: Je bent helemaal hierheen gekomen; je voeten draaien zich niet om zolang die deur nog op een kier staat.]
    ~ step_ground(1)
    ‘Oké,’ zeg je. ‘Beterschap.’ Je draait je om voor {hij()} de deur voor je neus kan dichtdoen, zodat het omdraaien tenminste van jou is. Achter je klikt het slot.
    Je loopt met lege handen naar huis: geen antwoord, geen ruzie, zelfs geen kus bij de deur om verdrietig over te zijn. Alleen het gevoel dat je hebt aangeklopt bij iets wat nooit een deur was.
* [‘Nou. Geniet maar van je vrijheid.’ #step: withdraw]
    ~ step_withdraw(2)
    Het komt er scherper uit dan je bedoelde, en ook precies zo scherp als je bedoelde. {Hij()} doet {zijn()} mond open. Je staat al op straat.
    De hele weg naar huis weten je knokkels nog dat ze hebben aangeklopt bij iets wat nooit een deur was.
-
Een uur later je telefoon. # sfx: sms
sorry van net. slecht moment. voelde me echt beroerd. x
* [Antwoord meteen: ‘Geeft niks! Beterschap x’ #step: pursue]
    ~ step_pursue(1)
    Verstuurd voor je erover hebt nagedacht. Je pakt je telefoon weer op om te zien of {hij()} het gelezen heeft. Dat heeft {hij()}. Er komt niets terug.
* [Laat het tot morgen ongelezen #step: withdraw]
    ~ step_withdraw(1)
    Je veegt de melding weg zonder het bericht te openen, zodat {hij()} niet ziet dat je het gelezen hebt. Laat {hem()} maar eens in het ongewisse. Je ligt wakker en vraagt je af of {hij()} nu ook wakker ligt.
* [Lees het twee keer. Antwoord nog niet. Schrijf voor jezelf op wat er gebeurd is #step: ground]
    ~ step_ground(1)
    Je schrijft het op in een schrift, gewoon, zoals je het voor een goede vriend zou opschrijven: het kloppen, de stilte, de breedte van de kier, het woord ‘afspraak’. In je eigen handschrift ziet het eruit als wat het is.
-
~ disappointment()
Op de rand van het bad doe je jezelf een belofte. Twee keer kan pech zijn. Drie keer is een patroon, en wat drie keer gebeurt, gebeurt ook tien keer.
Je telt al.
// Vlaggen die alleen deze fase leest, gaan terug op false, zodat latere fasen ze niet meeslepen.
~ p3_named_it = false
~ p3_told_where = false
Eén. # pause: 3
-> festival
