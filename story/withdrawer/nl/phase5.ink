// Fase 5 van de route van wie terugtrekt. Vlaggen en weging: ../common/phase5.ink. De eindes staan in endings.ink.

=== w_months_later ===
# phase: 5
# scene: home # partner: away
~ w5_begin()
{partner_far():Het is al maanden stil. Geen bericht, geen like, niets.|Het is maanden later. Eén keer kwam er een bericht, op je verjaardag: ‘Gefeliciteerd. Echt.’ Je hebt er een hartje onder gezet en daarna je telefoon omgedraaid.}
{w4_closed:{Hij()} deed de deur dicht, niet jij, en toch waren de eerste weken licht.|{w4_blocked:Je had {hem()} geblokkeerd, en de eerste weken waren licht.|De eerste weken waren licht.}} Je sliep schuin over het hele bed. Je at staand boven het aanrecht, op vrijdag ging je de deur uit zonder iemand te zeggen hoe laat je thuis zou zijn. De lucht kwam terug in je longen, en de angst hield zich zo stil dat je vergat dat hij er ooit was geweest.
En juist toen, in al die ruimte, begon je {hem()} te missen. Niet als verdriet. Als de geur van {zijn()} shampoo in een tram, of een grap die je aan niemand anders kwijt kunt. Vanochtend staat {zijn()} mok nog achter in de kast. Je hand blijft erop liggen. # body: heart
* [Zet de mok op het aanrecht en mis {hem()} gewoon #step: ground #locked: {pull_strong()} #why: Je vingers willen {zijn()} naam al typen. Stil blijven zitten met dat gemis lukt je nu niet.]
    ~ step_ground(1)
    Je zet de mok op het aanrecht en drinkt er koffie uit. Het steekt. Je blijft zitten tot de koffie koud is. Het gemis wordt niet kleiner, maar het wordt ook niet groter, en dat is nieuws.
* [Open {zijn()} foto’s, dan het gesprek, en begin te typen #step: pursue]
    ~ step_pursue(1)
    Je scrolt terug naar de zomer. {Zijn()} lach op een steiger, jouw schaduw over {zijn()} benen. Je typt ‘Hé, moest net aan je denken’ en kijkt er lang naar. Hoe verder {hij()} weg is, hoe mooier {hij()} wordt. Je weet het, en je laat het bericht toch staan.
* [Zet de mok bij het oud glas en plan je hele weekend vol #step: withdraw]
    ~ step_withdraw(1)
    De mok gaat in de glasbak, met een tik die je goed doet. Zaterdag klimhal, zondag je broer, ’s avonds een serie. Geen gat in de agenda waar iets doorheen kan.
-
Donderdag drink je een biertje met Bas op het terras van de kroeg onder zijn huis. Hij draait zijn glas rond en kijkt je niet aan. ‘Ik moet je wat vertellen, voor je het van een ander hoort. {partner_name} heeft iemand. Al een paar weken.’ # scene: bar # partner: away
{pattern_so_far():
- "withdraw": Je haalt je schouders op, zo snel dat Bas het ziet.
- "pursue": Iets in je springt overeind, klaar om te rennen.
- else: Je zegt even niets.
}
Je maag zakt weg, alsof het terras een trede mist. # body: stomach
* [‘Wie? Hoe lang al? Is het serieus?’ #step: pursue]
    ~ step_pursue(1)
    ~ w5_news = "asked"
    Bas weet niet veel, en wat hij weet, trek je eruit. Iemand van {zijn()} werk. Ze fietsen samen naar huis. Je hoort jezelf vragen stellen die je maanden geleden nooit stelde, toen {hij()} er nog gewoon was.
* [‘Dat doet meer pijn dan ik had gedacht’ #step: ground #locked: {pull_strong()} #why: Je wilt het niet voelen, je wilt {hem()} terug, en voor iets ertussenin is geen plek.]
    ~ step_ground(1)
    ~ w5_news = "felt"
    Bas knikt. Hij zegt niet dat het wel goed komt. Hij bestelt nog twee biertjes, en jullie zitten een tijd zonder iets te zeggen. Dat is genoeg.
* [‘Fijn voor {hem()}. Echt. Zeg, hoe is het met je knie?’ #step: withdraw]
    ~ step_withdraw(1)
    ~ w5_news = "shrugged"
    Bas vertelt over zijn knie. Je luistert niet. Je voelt een deur in je dichtgaan, heel zacht, zoals je dat inmiddels kunt.
-
En dan is er Lou. # scene: home # partner: away
Lou werkt twee verdiepingen boven je, lacht met het hoofd achterover en vertrekt over zes weken naar Montreal. Dat zei Lou de eerste avond al, bij de lift: ‘Niet aan beginnen, ik ben zo weg.’ Jullie begonnen er toch aan, eerst met koffie, daarna met lange wandelingen langs het water. Lou vroeg nooit wat dit was.
Het voelt veilig. Er komt geen zaterdag met plannen, geen sleutel{w3_key: die je aanneemt en dan niet durft te gebruiken}, geen later. Vanavond stuurt Lou om elf uur een foto van halfvolle dozen, zonder tekst. Je hart maakt een sprong. # body: heart
* [Stuur meteen iets terug, en nog iets, en kijk elke minuut of Lou al heeft gelezen #step: pursue]
    ~ step_pursue(1)
    ~ w5_lou = "chased"
    Je stuurt een grap. Dan een vraag. Dan een foto van je eigen kamer, wat nergens op slaat. Twee vinkjes, grijs. Om half één lig je nog wakker met je telefoon op je borst, en je herkent iets in die houding wat je niet wilt herkennen.
* [Schrijf Lou de waarheid: ‘Ik vind je leuk. En ik weet dat je gaat.’ #step: ground #locked: {walls_up()} #why: Het woord ‘leuk’ zit al achter een muur, en die muur staat er al jaren.]
    ~ step_ground(1)
    ~ w5_lou = "told"
    Lou antwoordt de volgende ochtend: ‘Ik ook. En ja.’ Meer niet. Het is klein en het klopt, en je hoeft er niet achteraan.
* [Stuur een duim en leg je telefoon in de andere kamer #step: withdraw]
    ~ step_withdraw(1)
    ~ w5_lou = "light"
    Een duim. Luchtig, zo moet het blijven. Lou is een raam dat openstaat, geen kamer om in te wonen. Je slaapt goed, en daar zou je blij om moeten zijn.
-
-> w_invitation

=== w_invitation ===
# scene: home # partner: away
Bas stuurt een uitnodiging in de groepsapp: zaterdag, zijn dak, zoals vorig jaar. Daarna, alleen aan jou: ‘{partner_name} komt ook. Wilde ik je even laten weten.’
{w5_news:
- "asked": Je weet al meer dan goed voor je is: {hij()} komt misschien niet alleen.
- "felt": Je denkt aan het terras, en aan hoe Bas toen niets zei. Dat hielp.
- else: Je leest het twee keer, alsof er de eerste keer iets anders stond.
}
{partner_state():
- "close": In de groep reageert {partner_name} als eerste: ‘Ik neem taart mee!’ Je kijkt langer naar dat uitroepteken dan nodig is.
- "far": {partner_name} reageert niet in de groep, ook niet na een uur. Je blijft toch kijken.
- else: Onder de uitnodiging verschijnt een duim van {partner_name}. Verder niets.
}
Je keel wordt nauw, nog voor je weet wat je ervan vindt. # body: throat
* [Vraag Bas of {hij()} alleen komt, en wat {hij()} over jou heeft gezegd #step: pursue]
    ~ step_pursue(1)
    Bas stuurt: ‘Geen idee, en niks.’ Dan: ‘Gaat het wel?’ Je antwoordt met drie uitroeptekens en een zonnetje, en dat zegt genoeg.
* [Schrijf Bas dat je bang bent {hem()} te zien, en dat je toch komt #step: ground #locked: {pull_strong()} #why: ‘Bang’ zeggen is je wapens neerleggen, en zaterdag wil je gewapend zijn.]
    ~ step_ground(1)
    ‘Ik ben bang om {hem()} te zien. Ik kom wel.’ Het kost je vier pogingen. Bas stuurt een hand terug, en daarna: ‘Ik zet een stoel bij de deur.’
* [Antwoord ‘misschien, druk weekend’ en zet de groep op stil #step: withdraw]
    ~ step_withdraw(1)
    Misschien. Een woord met een nooduitgang erin. Je zet de groep op stil, en de stilte daarna lijkt op ruimte, al weet je niet meer waarvoor.
-
Vrijdagnacht, half twee. Je ligt op je rug, je telefoon warm op je buik. Onder je duimen staat het al: {w4_reply:
- "honest": ‘Ik zie je morgen, denk ik. Wat ik in die brief schreef, is nog steeds waar.’
- "promise": ‘Ik zie je morgen, denk ik. Ik ben echt veranderd, je zult het zien.’
- "cold": ‘Ik zie je morgen, denk ik. Dat korte antwoord van toen meende ik niet.’
- else: ‘Ik zie je morgen, denk ik. Ik denk nog vaak aan je. Dat wilde ik even zeggen.’
}
{w5_lou == "chased":Lou heeft nog steeds niet gereageerd. Twee gesprekken open, twee mensen die niet antwoorden.}
Je borst zit vast. Je wilt opstaan, lopen, ergens heen. # body: breath
* [Verstuur het. Het is de waarheid, toch? #step: pursue]
    ~ step_pursue(1)
    ~ w5_text = "sent"
    Verstuurd. Om 01:34 worden de vinkjes blauw. Er komt niets terug. Je ligt tot vier uur te bedenken wat dat betekent.
* [Wis het, leg je hand op je borst en blijf liggen tot de onrust zakt #step: ground #locked: {pull_strong()} #why: Je duim wil dit bericht kwijt, en alles in je wil dat {hij()} het vannacht nog leest.]
    ~ step_ground(1)
    ~ w5_text = "deleted"
    Je wist het letter voor letter. Je hand op je borst gaat op en neer. Het duurt lang voor het rustig wordt, maar het wordt rustig. Het bericht klopte wel. Het was alleen niet voor {hem()}, het was voor jezelf.
* [Wis het, zet {zijn()} nummer op stil en draai je om #step: withdraw]
    ~ step_withdraw(1)
    ~ w5_text = "muted"
    Op stil. Je draait je om naar de muur. Je valt in slaap en droomt van een trap die steeds langer wordt.
-
-> w_finale

=== w_finale ===
# scene: party-later
Het dak van Bas. Dezelfde lampjes, een jaar ouder, en de helft doet het niet meer. Iemand zet de muziek van toen op. {w1_ride:
- "went": Vorig jaar fietste je hier vandaan naast {hem()}, zo dicht dat de sturen elkaar raakten.
- "kissed": Vorig jaar kuste je {hem()} beneden bij de fietsen en fietste je weg voor {hij()} iets kon zeggen.
- else: Vorig jaar vroeg je {hem()} beneden bij de fietsen of {hij()} de volgende dag koffie met je wilde drinken, bij daglicht.
}
{w5_lou != "":Lou staat bij de koelbox, in een jas die al half ingepakt lijkt.}
Je lijf ziet {hem()} eerder dan jij: {partner_far():{zijn()} rug bij de reling, naast iemand die {zijn()} sjaal vasthoudt|{hij()} staat bij de reling en kijkt naar de deur, naar jou}. # body: heart
* [Loop recht op {hem()} af, met je beste glimlach #step: pursue]
    ~ step_pursue(1)
    Je glimlach weet de weg nog. Halverwege zie je {zijn()} gezicht veranderen, van verrast naar iets voorzichtigers, en je loopt gewoon door.
* [Blijf bij de deur staan. Voel je hart, laat het bonzen #step: ground #locked: {pull_strong()} #why: Je benen zijn al onderweg, en wie stilstaat, verliest.]
    ~ step_ground(1)
    Je blijft staan, naast de stoel die Bas misschien echt heeft neergezet. Je hart bonkt. Je laat het maar bonken. Na een minuut ben je er nog, en {partner_name} ook.
* [Pak een biertje bij Lou en draai {hem()} je rug toe #step: withdraw]
    ~ step_withdraw(1)
    Lou geeft je een flesje en vertelt over verhuisdozen. Je lacht te hard. Tussen jullie schouders door zie je de reling niet meer, en daar ging het om.
-
-> approach

= approach
# scene: party-later
Na een uur staat {hij()} toch naast je, met twee glazen. {w5_text:
- "sent": ‘Ik heb je bericht gekregen,’ zegt {ie()}. ‘Ik wist niet wat ik ermee moest.’
- "muted": ‘Ik heb je vanmiddag geappt,’ zegt {ie()}. ‘Volgens mij kwam het niet aan.’
- else: ‘Hoi,’ zegt {ie()}, en dan niets, net te lang.
}
{w4_reply:
- "honest": ‘Ik heb je brief nog,’ zegt {ie()}. ‘Dat antwoord van jou. Het was het eerlijkste wat je ooit tegen me hebt gezegd.’
- "promise": ‘Je schreef dat je zou veranderen,’ zegt {ie()}, zonder verwijt. ‘Ik heb daar een tijd op gewacht.’
- "cold": ‘Ik heb op je antwoord gewacht,’ zegt {ie()}. ‘Het was kort.’
- else: ‘Ik heb je een brief geschreven,’ zegt {ie()}. ‘Je hebt nooit iets teruggestuurd.’
}
Dan, zachter: ‘Waarom liep je steeds weg? Ik wil het gewoon weten.’
Je handen worden koud. Alles in je wil een grap maken, of {hem()} vastpakken, of allebei. # body: breath
* [Pak {zijn()} hand: ‘Ik was een idioot. Ik heb je elke dag gemist. Geef me nog één kans.’ #step: pursue]
    ~ step_pursue(1)
    ~ w5_answer = "courted"
    Je meent het, elk woord. {partner_far():{Zijn()} hand blijft liggen, maar sluit zich niet.|{Zijn()} vingers sluiten zich om de jouwe, even, alsof ze dat nog weten.}
* [‘Omdat ik bang was. Niet voor jou. Voor hoe dichtbij je kwam.’ #step: ground #locked: {walls_up()} #why: De muren staan al; achter die zin zit iets waar je zelf nog nooit naar hebt durven kijken.]
    ~ step_ground(1)
    ~ w5_answer = "truth"
    ~ boundary_held()
    Het is eruit. Je wilt het meteen terugnemen, het verzachten, er een grap achteraan gooien. Je doet het niet. {partner_name} kijkt je aan en zegt niets, en je blijft in die stilte staan.
* [‘Ik loop niet weg, ik ga alleen vaak naar huis.’ Lach erbij #step: withdraw]
    ~ step_withdraw(1)
    ~ w5_answer = "joke"
    Je lacht. {Hij()} niet. Je ziet iets achter {zijn()} ogen dichtgaan, en je herkent de beweging, want die maak je zelf al een jaar.
-
-> last

= last
# scene: party-later
Tegen tweeën loopt het dak leeg. {partner_name} trekt {zijn()} jas aan bij de deur naar het trappenhuis en kijkt nog één keer om. {partner_state():
- "close": {Zijn()} blik blijft een tel te lang op je hangen, een vraag die {hij()} niet stelt.
- "far": {Zijn()} blik gaat over je heen naar de trap. Beneden wacht iemand op {hem()}.
- else: {Hij()} kijkt naar je, dan naar {zijn()} telefoon, dan weer naar je.
}
{w5_answer == "truth":‘Ik ga naar huis,’ zegt {ie()}. ‘Als je ooit wilt praten, dan luister ik.’|‘Ik ga,’ zegt {ie()}. Meer niet.}
{w5_lou == "chased":Achter je roept Lou dat er morgen nog dozen zijn. Je telefoon trilt niet.}
Je ziet {hem()} gaan, en juist nu trekt het weer aan je, het oude touw. Je benen jeuken. # body: stomach
* [Ren {hem()} achterna, de trap af #step: pursue]
    ~ w5_settle("go")
    ~ step_pursue(2)
    Je haalt {hem()} in op de tweede verdieping. ‘Wacht.’ {Hij()} wacht. Jullie staan in het trappenhuis onder het licht dat steeds uitklikt, en je belooft dingen waarvan je elk woord gelooft.
* [Blijf. Laat het aan je trekken, en ga straks alleen naar huis #step: ground #locked: {w5_way_out_locked()} #why: Je lijf rent al een jaar dezelfde twee kanten op; vannacht kent het geen derde.]
    ~ w5_settle("stay")
    ~ step_ground(2)
    Je blijft. Het trekt, hard, in je buik en in je benen. Je gaat bij Bas aan de afwas staan en voelt het allemaal, het verlangen en de angst, tegelijk, en je gaat er niet aan dood.
* [Knik, zeg ‘doe voorzichtig’ en draai je om #step: withdraw]
    ~ w5_settle("cold")
    ~ step_withdraw(2)
    ‘Doe voorzichtig.’ Je stem is vriendelijk en leeg. Je draait je om voor de deur dichtvalt. Het licht op het dak is ineens erg fel.
-
{w5_ending:
- "cycle": -> w_ending_cycle
- "role-switch": -> w_ending_role_switch
- "closed-heart": -> w_ending_closed_heart
- else: -> w_ending_step_out
}
