import useToggle from "./useToggle.js";

function Spoiler({ title, children }) {
  const [open, { toggle }] = useToggle();
  return (
    <div className="spoiler">
      <button onClick={toggle}>
        {open ? "Hide" : "Reveal"} {title}
      </button>
      {open && <p>{children}</p>}
    </div>
  );
}

export default function App() {
  const [subscribed, subscription] = useToggle(true);

  return (
    <div>
      <Spoiler title="the ending">The butler was innocent all along.</Spoiler>
      <Spoiler title="the twist">It was all a dream — or was it?</Spoiler>
      <p>Notifications are {subscribed ? "on" : "off"}.</p>
      <button onClick={subscription.setFalse}>Unsubscribe</button>
      <button onClick={subscription.setTrue}>Subscribe</button>
    </div>
  );
}
