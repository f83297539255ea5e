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
Je hart doet iets wat je kent van lang geleden. Het breekt niet. Het slaat dicht, als een deur in de tocht, en het hele huis trilt ervan na.

Het klopt niet. Daar blijf je omheen cirkelen. Eergisteren zit nog op je huid. Je krijgt die twee dingen niet naast elkaar, die vinger op je sleutelbeen en dat kruisje, zonder dat ze van twee verschillende mensen lijken te komen.

En dan, ergens rond de derde keer dat je het woord Eva denkt, snap je het. Eva is veilig. Eva gaat elke avond naar huis, naar Jonas. Eva is een raam waar {hij()} door kan kijken zonder enig risico dat iemand het ooit openzet.

Jij bent het gevaar. Niet omdat je iets fout hebt gedaan. Omdat je er bent. Omdat je ja hebt gezegd, helemaal, zonder rem. Omdat je beschikbaar bent.

Je kent die truc. Je hebt hem zelf jarenlang gespeeld, van de andere kant: de mensen die al bezet waren, de mensen die in een andere stad woonden, de mensen die zeiden 'ik zit niet echt in een fase voor iets serieus' en van wie je juist daarom hield. Nu zie je het kompas van een ander wegdraaien van de deur die openstaat, naar een deur die dicht is.

De telefoon wacht nog steeds. Er wordt een antwoord verwacht. Je zou er honderd kunnen schrijven.

* [Zeg {hem()} dat je doorhebt wat {hij()} doet, en dat je afstand neemt #step: ground #locked: {pull_strong()} #why: Je duimen willen alsjeblieft typen voor ze iets anders kunnen typen.]
    ~ step_ground(2)
    ~ p2_text_reply = "ground"
    Je schrijft het vier keer. De eerste versie is woedend, de tweede smekend, de derde zo kalm dat het op een ontslagbrief lijkt. De vierde houd je.
    'Ik denk dat je bang bent geworden, en dat Eva een veilige plek is om dat op te richten. Ik ga niet met haar om jou strijden. Ik neem wat afstand.'
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
Hier komt de scène: confession.
* [Ga verder #step: ground]
    ~ step_ground(1)
    -> night_call

=== night_call ===
# scene: bar
Hier komt de scène: night_call.
* [Ga verder #step: ground]
    ~ step_ground(1)
    -> the_week

=== the_week ===
# scene: bedroom
Hier komt de scène: the_week.
* [Ga verder #step: ground]
    ~ step_ground(1)
    # pause: 2
    …
    -> cafe
