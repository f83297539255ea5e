// Endings — placeholder.

=== ending_cycle ===
# ending: cycle
Hier komt de scène: ending cycle.
-> END

=== ending_role_switch ===
# ending: role-switch
Hier komt de scène: ending role_switch.
-> END

=== ending_closed_heart ===
# ending: closed-heart
Hier komt de scène: ending closed_heart.
-> END

=== ending_step_out ===
# ending: step-out
Hier komt de scène: ending step_out.
-> END
