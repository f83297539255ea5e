// Endings — placeholder.

=== ending_cycle ===
# ending: cycle
The scene goes here: ending cycle.
-> END

=== ending_role_switch ===
# ending: role-switch
The scene goes here: ending role_switch.
-> END

=== ending_closed_heart ===
# ending: closed-heart
The scene goes here: ending closed_heart.
-> END

=== ending_step_out ===
# ending: step-out
The scene goes here: ending step_out.
-> END
