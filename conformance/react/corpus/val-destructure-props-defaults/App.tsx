import { useState } from "react";

type Member = { name: string; role?: string; avatar?: string };

type TeamCardProps = {
  title: string;
  members?: Member[];
  footer?: string;
  lead: { user: Member; since: number };
};

function TeamCard({ title, members = [], footer = "No notes", lead: { user: { name: leadName, role = "member" }, since } }: TeamCardProps) {
  return (
    <div className="team">
      <h3>{title}</h3>
      <p>
        Led by {leadName} ({role}) since {since}
      </p>
      <ul>
        {members.map(({ name, role = "member" }) => (
          <li key={name}>
            {name} — {role}
          </li>
        ))}
      </ul>
      {members.length === 0 && <p>No members yet</p>}
      <small>{footer}</small>
    </div>
  );
}

export default function App() {
  const [members, setMembers] = useState<Member[]>([{ name: "Jo", role: "design" }]);
  const [showFooter, setShowFooter] = useState(false);

  return (
    <div>
      <button onClick={() => setMembers((m) => [...m, { name: `Member ${m.length + 1}` }])}>Add member</button>
      <button onClick={() => setShowFooter((s) => !s)}>Toggle footer</button>
      <TeamCard
        title="Platform"
        members={members}
        footer={showFooter ? "Standup at 9:30" : undefined}
        lead={{ user: { name: "Dana", role: "manager" }, since: 2019 }}
      />
      <TeamCard title="Research" lead={{ user: { name: "Ilya" }, since: 2022 }} />
    </div>
  );
}
