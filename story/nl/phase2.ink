// Phase 2 — placeholder; the real scenes replace this file.

=== text_message ===
# phase: 2
# scene: home
Hier komt de scène: text_message.
* [Ga verder #step: ground]
    ~ step_ground(1)
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
