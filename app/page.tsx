export default function HomePage() {
  return (
    <main>
      <h1>Intune Partner Console</h1>
      <p>Device management and compliance management partners, through Microsoft Graph.</p>
    </main>
  );
}
