// Phase 3 — placeholder; the real scenes replace this file.

=== cafe ===
# phase: 3
# scene: cafe
The scene goes here: cafe.
* [Go on #step: ground]
    ~ step_ground(1)
    -> night_after

=== night_after ===
# scene: bedroom
The scene goes here: night_after.
* [Go on #step: ground]
    ~ step_ground(1)
    -> tightrope

=== tightrope ===
# scene: home
The scene goes here: tightrope.
* [Go on #step: ground]
    ~ step_ground(1)
    -> door

=== door ===
# scene: door
The scene goes here: door.
* [Go on #step: ground]
    ~ step_ground(1)
    # pause: 3
    …
    -> festival
