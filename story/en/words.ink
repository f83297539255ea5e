// English pronouns for the partner, chosen by the player (partner_pronoun: "he" | "she").
// Write {he()} walks in, you hold {his()} hand, you look at {him()}; capitals: {He()}, {His()}.

=== function he() ===
{partner_pronoun == "she":she|he}

=== function He() ===
{partner_pronoun == "she":She|He}

=== function him() ===
{partner_pronoun == "she":her|him}

=== function his() ===
{partner_pronoun == "she":her|his}

=== function His() ===
{partner_pronoun == "she":Her|His}

=== function hers() ===
{partner_pronoun == "she":hers|his}

=== function himself() ===
{partner_pronoun == "she":herself|himself}

=== function Him() ===
{partner_pronoun == "she":Her|Him}

=== function Himself() ===
{partner_pronoun == "she":Herself|Himself}
