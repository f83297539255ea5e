// The withdrawer's endings — placeholders (../README.md).

=== w_ending_cycle ===
# ending: cycle
TODO: cycle.
-> END

=== w_ending_role_switch ===
# ending: role-switch
TODO: role-switch.
-> END

=== w_ending_closed_heart ===
# ending: closed-heart
TODO: closed-heart.
-> END

=== w_ending_step_out ===
# ending: step-out
TODO: step-out.
-> END
