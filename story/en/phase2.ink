// Phase 2 — placeholder; the real scenes replace this file.

=== text_message ===
# phase: 2
# scene: home
The scene goes here: text_message.
* [Go on #step: ground]
    ~ step_ground(1)
    -> confession

=== confession ===
# scene: bar
The scene goes here: confession.
* [Go on #step: ground]
    ~ step_ground(1)
    -> night_call

=== night_call ===
# scene: bar
The scene goes here: night_call.
* [Go on #step: ground]
    ~ step_ground(1)
    -> the_week

=== the_week ===
# scene: bedroom
The scene goes here: the_week.
* [Go on #step: ground]
    ~ step_ground(1)
    # pause: 2
    …
    -> cafe
