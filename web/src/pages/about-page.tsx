// Where the data comes from, under which licences, and the attribution the Fjelstul database's licence requires.
import { useTitle } from '../components/use-title.js';

export default function AboutPage() {
  useTitle('About');
  return (
    <>
      <h1>About matchfacts</h1>
      <p>
        matchfacts keeps one clean record of every match, team and player from open football data, applies each competition's rules, and keeps a
        record book in which every fact comes with its proof: the entries before and after the match that made it.
      </p>
      <h2>Data sources</h2>
      <ul className="sources">
        <li>
          <h3>The Fjelstul World Cup Database</h3>
          <p className="attribution">
            © 2023 Joshua C. Fjelstul, Ph.D. — <a href="https://github.com/jfjelstul/worldcup">https://github.com/jfjelstul/worldcup</a> — licensed under
            CC-BY-SA 4.0, <a href="https://creativecommons.org/licenses/by-sa/4.0/legalcode">https://creativecommons.org/licenses/by-sa/4.0/legalcode</a>
          </p>
          <p>
            Every men's and women's World Cup: matches, goals, shoot-outs, bookings, squads and players with birth dates. The pages that show data from it
            are shared under the same licence (CC-BY-SA 4.0).
          </p>
        </li>
        <li>
          <h3>International football results from 1872</h3>
          <p>
            Mart Jürisoo, <a href="https://github.com/martj42/international_results">martj42/international_results</a>, dedicated to the public domain
            (<a href="https://creativecommons.org/publicdomain/zero/1.0/legalcode">CC0 1.0</a>). Results, scorers and shoot-outs of men's internationals.
          </p>
        </li>
        <li>
          <h3>openfootball Football.TXT</h3>
          <p>
            <a href="https://github.com/openfootball/worldcup">openfootball/worldcup</a> and{' '}
            <a href="https://github.com/openfootball/champions-league">openfootball/champions-league</a>, public domain (CC0 1.0). World Cup and Champions
            League fixtures and results in plain text.
          </p>
        </li>
      </ul>
      <h2>How to read a fact</h2>
      <p>
        A fact is what a match did to the record book as it stood before it: a record broken or equalled, a milestone, a first. Its proof lists the
        record's entries before and after. Where the data does not reach back to a record's beginning, or earlier matches lack what it needs (a scorer,
        a birth date), the fact says so.
      </p>
    </>
  );
}
