// Phase 3 — placeholder; the real scenes replace this file.

=== cafe ===
# phase: 3
# scene: cafe
Hier komt de scène: cafe.
* [Ga verder #step: ground]
    ~ step_ground(1)
    -> night_after

=== night_after ===
# scene: bedroom
Hier komt de scène: night_after.
* [Ga verder #step: ground]
    ~ step_ground(1)
    -> tightrope

=== tightrope ===
# scene: home
Hier komt de scène: tightrope.
* [Ga verder #step: ground]
    ~ step_ground(1)
    -> door

=== door ===
# scene: door
Hier komt de scène: door.
* [Ga verder #step: ground]
    ~ step_ground(1)
    # pause: 3
    …
    -> festival
