/**
 * Passwords seen most often in public breach corpora (NIST SP 800-63B §5.1.1.2 asks verifiers to
 * refuse values "obtained from previous breach corpuses" and "commonly-used"). A short built-in
 * list; a deployment can extend it.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  `123456 123456789 12345678 password qwerty123 qwerty1 111111 12345 1234567 123123 qwerty
  1234567890 000000 abc123 password1 iloveyou 1q2w3e4r 1q2w3e4r5t qwertyuiop 123321 654321
  666666 987654321 123qwe 7777777 1qaz2wsx zaq12wsx 112233 121212 dragon monkey football
  baseball letmein shadow master superman michael sunshine princess welcome welcome1 admin
  admin123 administrator passw0rd p@ssw0rd p@ssword password123 password12 password! trustno1
  starwars whatever freedom hello123 hellohello 11111111 88888888 00000000 12341234 asdfghjkl
  asdfasdf zxcvbnm zxcvbnm123 qazwsxedc 1qazxsw2 aa123456 a123456 a12345678 abcd1234
  abcdefgh changeme changeme123 default guest guest123 login login123 root toor secret
  secret123 test test123 test1234 testing 5201314 woaini1314 woaini 520520 1314520 woaiwojia
  iloveyou1 qq123456 q1w2e3r4 q1w2e3r4t5 aaaaaaaa 1111111111 147258369 159357 987654 999999
  888888 555555 123654 789456123 147258 asd123 qweasd qweasdzxc 1234qwer qwer1234 a1b2c3d4
  Aa123456 aa12345678 computer internet samsung google mustang jordan23 harley hunter ranger
  michelle jennifer charlie donald soccer hockey batman killer pepper ginger summer
  oncotrial oncotrial123 leflunomide clinical clinical1 hospital hospital1 doctor doctor123
  nurse123 medical123 patient123 research research1 password2024 password2025 password2026`
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => p.toLowerCase()),
);
