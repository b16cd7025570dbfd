import { createContext, useContext, useState } from "react";

const AuthContext = createContext({ user: null, login: () => {}, logout: () => {} });

function AuthProvider({ children }) {
  const [user, setUser] = useState(null);
  const value = {
    user,
    login: (name, role) => setUser({ name, role }),
    logout: () => setUser(null),
  };
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

function useAuth() {
  return useContext(AuthContext);
}

function NavBar() {
  const { user, logout } = useAuth();
  return (
    <nav>
      <span>{user ? `Signed in as ${user.name}` : "Not signed in"}</span>
      {user && <button onClick={logout}>Log out</button>}
    </nav>
  );
}

function LoginPanel() {
  const { user, login } = useAuth();
  if (user) return null;
  return (
    <div>
      <button onClick={() => login("Fatima", "admin")}>Log in as admin</button>
      <button onClick={() => login("Chen", "viewer")}>Log in as viewer</button>
    </div>
  );
}

function AdminArea() {
  const { user } = useAuth();
  if (!user) return <p>Please log in.</p>;
  return user.role === "admin" ? <p>🔐 Admin tools: 3 pending reports</p> : <p>You can view the dashboard.</p>;
}

export default function App() {
  return (
    <AuthProvider>
      <NavBar />
      <LoginPanel />
      <AdminArea />
    </AuthProvider>
  );
}
